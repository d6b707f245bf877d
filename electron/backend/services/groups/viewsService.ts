import { AT_RISK_ABSENCES_DEFAULT, type GroupDashboard, type MemberProgress } from '../../../contract/groupChannels';
import { listClientMemberships, listMembers } from '../../db/repos/groupsRepo';
import { type RecordRow, listGroupDrawings, listGroupRecords, listMemberRecords, listSessions } from '../../db/repos/groupSessionsRepo';
import { type ServiceContext, audit } from '../context';
import { requireReadable } from './access';
import { byKey, toMember } from './mappers';
import { requireMember } from './membersService';
import { enrolledOn } from './sessionsService';
import { type Mark, attendanceRate, meanMoodChange, meanParticipation, membersAtRisk, sessionStats } from './stats';

/** The group dashboard and member progress (issue 6, item 5); the numbers come from stats.ts. */

const toMark = (r: RecordRow): Mark => ({
  sessionId: r.session_id,
  memberId: r.member_id,
  attendance: r.attendance,
  participation: r.participation,
  moodBefore: r.mood_before,
  moodAfter: r.mood_after,
});

export function groupDashboard(ctx: ServiceContext, input: { groupId: string; absencesInARow?: number | undefined }): GroupDashboard {
  const open = ctx.vault.session();
  requireReadable(open, input.groupId);
  const threshold = input.absencesInARow ?? AT_RISK_ABSENCES_DEFAULT;
  const sessions = listSessions(open.db, input.groupId);
  const marks = listGroupRecords(open.db, input.groupId).map(toMark);
  const bySession = byKey(marks, (m) => m.sessionId);
  const active = listMembers(open.db, input.groupId).filter((m) => m.left_on === null);
  const dashboard: GroupDashboard = {
    groupId: input.groupId,
    sessions: sessions.map((s) => sessionStats(s, bySession.get(s.id) ?? [])),
    attendanceRate: attendanceRate(marks),
    meanMoodChange: meanMoodChange(marks),
    atRisk: membersAtRisk(active, sessions, marks, threshold),
    absencesThreshold: threshold,
  };
  audit(ctx, open.db, { actorId: open.account.id, action: 'group.dashboardViewed', targetKind: 'group', targetId: input.groupId });
  return dashboard;
}

export function memberProgress(ctx: ServiceContext, memberId: string): MemberProgress {
  const open = ctx.vault.session();
  const { member, access } = requireMember(open, memberId);
  const records = new Map(listMemberRecords(open.db, member.id).map((r) => [r.session_id, r]));
  const drawings = byKey(listGroupDrawings(open.db, { memberId: member.id }), (d) => d.session_id);
  const sessions = listSessions(open.db, member.group_id)
    .filter((s) => enrolledOn(member, s.date) || records.has(s.id) || drawings.has(s.id))
    .map((s) => {
      const r = records.get(s.id);
      return {
        sessionId: s.id,
        date: s.date,
        topic: s.topic,
        attendance: r?.attendance ?? null,
        participation: r?.participation ?? null,
        note: r?.note ?? '',
        moodBefore: r?.mood_before ?? null,
        moodAfter: r?.mood_after ?? null,
        moodBeforeBy: r?.mood_before_by ?? null,
        moodAfterBy: r?.mood_after_by ?? null,
        drawingIds: (drawings.get(s.id) ?? []).map((d) => d.id),
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
    history: listClientMemberships(open.db, member.client_id).map((h) => ({
      memberId: h.member_id,
      groupId: h.group_id,
      groupName: h.group_name,
      programmeType: h.programme_type,
      joinedOn: h.joined_on,
      leftOn: h.left_on,
      leavingReason: h.leaving_reason,
    })),
  };
  audit(ctx, open.db, {
    actorId: open.account.id,
    action: 'group.memberProgressViewed',
    targetKind: 'group',
    targetId: member.group_id,
    details: { memberId: member.id },
  });
  return progress;
}
