import type { z } from 'zod';
import {
  AT_RISK_ABSENCES_DEFAULT,
  type GroupDashboard,
  type MemberProgress,
  type groupChannels,
} from '../../../contract/groupChannels';
import { listClientMemberships, listMembers } from '../../db/repos/groupsRepo';
import {
  type StoredAttendance,
  listGroupDrawings,
  listGroupAttendance,
  listMemberAttendance,
  listSessions,
} from '../../db/repos/groupSessionsRepo';
import type { SignedInContext } from '../signedIn';
import { requireReadable } from './access';
import { byKey, toMember } from './mappers';
import { requireMember } from './membersService';
import { enrolledOn } from './sessionsService';
import { type Mark, attendanceRate, meanMoodChange, meanParticipation, membersAtRisk, sessionStats } from './stats';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/** The group dashboard and member progress (issue 6, item 5); the numbers come from stats.ts. */

const toMark = (r: StoredAttendance): Mark => ({
  sessionId: r.session_id,
  memberId: r.member_id,
  attendance: r.attendance,
  participation: r.participation,
  moodBefore: r.mood_before,
  moodAfter: r.mood_after,
});

export function groupDashboard(s: SignedInContext, input: Input<'groups:dashboard'>): GroupDashboard {
  requireReadable(s, input.groupId);
  const threshold = input.absencesInARow ?? AT_RISK_ABSENCES_DEFAULT;
  const sessions = listSessions(s.db, input.groupId);
  const marks = listGroupAttendance(s.db, input.groupId).map(toMark);
  const bySession = byKey(marks, (m) => m.sessionId);
  const active = listMembers(s.db, input.groupId).filter((m) => m.left_on === null);
  const dashboard: GroupDashboard = {
    groupId: input.groupId,
    sessions: sessions.map((session) => sessionStats(session, bySession.get(session.id) ?? [])),
    attendanceRate: attendanceRate(marks),
    meanMoodChange: meanMoodChange(marks),
    atRisk: membersAtRisk(active, sessions, marks, threshold),
    absencesThreshold: threshold,
  };
  s.audit('group.dashboardViewed', { kind: 'group', id: input.groupId });
  return dashboard;
}

export function memberProgress(s: SignedInContext, { memberId }: Input<'groups:memberProgress'>): MemberProgress {
  const { member, access } = requireMember(s, memberId);
  const records = new Map(listMemberAttendance(s.db, member.id).map((r) => [r.session_id, r]));
  const drawings = byKey(listGroupDrawings(s.db, { memberId: member.id }), (d) => d.session_id);
  const sessions = listSessions(s.db, member.group_id)
    .filter((session) => enrolledOn(member, session.date) || records.has(session.id) || drawings.has(session.id))
    .map((session) => {
      const r = records.get(session.id);
      return {
        sessionId: session.id,
        date: session.date,
        topic: session.topic,
        attendance: r?.attendance ?? null,
        participation: r?.participation ?? null,
        note: r?.note ?? '',
        moodBefore: r?.mood_before ?? null,
        moodAfter: r?.mood_after ?? null,
        moodBeforeBy: r?.mood_before_by ?? null,
        moodAfterBy: r?.mood_after_by ?? null,
        drawingIds: (drawings.get(session.id) ?? []).map((d) => d.id),
      };
    });
  const marks = [...records.values()].map(toMark);
  const progress: MemberProgress = {
    member: toMember(member),
    groupName: access.group.name,
    sessions,
    attendanceRate: attendanceRate(marks),
    meanParticipation: meanParticipation(marks),
    meanMoodChange: meanMoodChange(marks),
    history: listClientMemberships(s.db, member.client_id).map((h) => ({
      memberId: h.member_id,
      groupId: h.group_id,
      groupName: h.group_name,
      programmeType: h.programme_type,
      joinedOn: h.joined_on,
      leftOn: h.left_on,
      leavingReason: h.leaving_reason,
    })),
  };
  s.audit('group.memberProgressViewed', { kind: 'group', id: member.group_id }, { memberId: member.id });
  return progress;
}
