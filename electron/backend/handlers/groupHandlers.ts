import type { groupChannels } from '../../contract/groupChannels';
import type { Handlers } from '../handlers';
import { startGroupDrawing } from '../services/groups/groupDrawings';
import {
  createGroup,
  facilitatorCandidates,
  getGroup,
  listGroupsFor,
  setFacilitators,
  setStatus,
  updateGroup,
} from '../services/groups/groupsService';
import { enrolByCode, leaveGroup, registerMember, updateMember } from '../services/groups/membersService';
import { clientMood, enterMoodClientMode, saveClientMood } from '../services/groups/moodClientMode';
import { addAddendum, saveNote, signNote } from '../services/groups/notesService';
import { createSession, deleteSession, getSession, saveGrid, sessionCalendar, updateSession } from '../services/groups/sessionsService';
import { groupDashboard, memberProgress } from '../services/groups/viewsService';

/** Handlers of the group channels; typed from the contract, so a channel without one does not compile. */
export const groupHandlers: Pick<Handlers, keyof typeof groupChannels> = {
  'groups:list': (ctx, input) => listGroupsFor(ctx, input),
  'groups:get': (ctx, { groupId }) => getGroup(ctx, groupId),
  'groups:create': (ctx, input) => createGroup(ctx, input),
  'groups:update': (ctx, input) => updateGroup(ctx, input),
  'groups:setStatus': (ctx, input) => setStatus(ctx, input),
  'groups:setFacilitators': (ctx, input) => setFacilitators(ctx, input),
  'groups:facilitatorCandidates': (ctx) => facilitatorCandidates(ctx),
  'groups:enrolByCode': (ctx, input) => enrolByCode(ctx, input),
  'groups:registerMember': (ctx, input) => registerMember(ctx, input),
  'groups:updateMember': (ctx, input) => updateMember(ctx, input),
  'groups:leave': (ctx, input) => leaveGroup(ctx, input),
  'groups:dashboard': (ctx, input) => groupDashboard(ctx, input),
  'groups:memberProgress': (ctx, { memberId }) => memberProgress(ctx, memberId),
  'groupSessions:calendar': (ctx, input) => sessionCalendar(ctx, input),
  'groupSessions:create': (ctx, input) => createSession(ctx, input),
  'groupSessions:update': (ctx, input) => updateSession(ctx, input),
  'groupSessions:delete': (ctx, { sessionId }) => deleteSession(ctx, sessionId),
  'groupSessions:get': (ctx, { sessionId }) => getSession(ctx, sessionId),
  'groupSessions:saveGrid': (ctx, input) => saveGrid(ctx, input),
  'groupSessions:saveNote': (ctx, input) => saveNote(ctx, input),
  'groupSessions:signNote': (ctx, input) => signNote(ctx, input),
  'groupSessions:addAddendum': (ctx, input) => addAddendum(ctx, input),
  'groupSessions:startDrawing': (ctx, input) => startGroupDrawing(ctx, input),
  'groupSessions:enterMoodClientMode': (ctx, input) => enterMoodClientMode(ctx, input),
  'groupSessions:clientMood': (ctx, input) => clientMood(ctx, input),
  'groupSessions:saveClientMood': (ctx, input) => saveClientMood(ctx, input),
};
