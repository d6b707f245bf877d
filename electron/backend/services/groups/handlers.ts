import type { groupChannels } from '../../../contract/groupChannels';
import type { DomainHandlers } from '../handlerMap';
import { startGroupDrawing } from './groupDrawings';
import {
  createGroup,
  facilitatorCandidates,
  getGroup,
  listGroupsFor,
  setFacilitators,
  setStatus,
  updateGroup,
} from './groupsService';
import { enrolByCode, leaveGroup, registerMember, updateMember } from './membersService';
import { clientMood, saveClientMood } from './moodClientMode';
import { addAddendum, saveNote, signNote } from './notesService';
import { createSession, deleteSession, getSession, saveAttendance, sessionCalendar, updateSession } from './sessionsService';
import { groupDashboard, memberProgress } from './viewsService';

/** Handlers of the group channels; typed from the contract, so a channel without one does not compile. */
export const groupHandlers = {
  'groups:list': listGroupsFor,
  'groups:get': getGroup,
  'groups:create': createGroup,
  'groups:update': updateGroup,
  'groups:setStatus': setStatus,
  'groups:setFacilitators': setFacilitators,
  'groups:facilitatorCandidates': facilitatorCandidates,
  'groups:enrolByCode': enrolByCode,
  'groups:registerMember': registerMember,
  'groups:updateMember': updateMember,
  'groups:leave': leaveGroup,
  'groups:dashboard': groupDashboard,
  'groups:memberProgress': memberProgress,
  'groupSessions:calendar': sessionCalendar,
  'groupSessions:create': createSession,
  'groupSessions:update': updateSession,
  'groupSessions:delete': deleteSession,
  'groupSessions:get': getSession,
  'groupSessions:saveAttendance': saveAttendance,
  'groupSessions:saveNote': saveNote,
  'groupSessions:signNote': signNote,
  'groupSessions:addAddendum': addAddendum,
  'groupSessions:startDrawing': startGroupDrawing,
  'groupSessions:clientMood': clientMood,
  'groupSessions:saveClientMood': saveClientMood,
} satisfies DomainHandlers<typeof groupChannels>;
