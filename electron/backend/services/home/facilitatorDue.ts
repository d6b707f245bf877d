import { AT_RISK_ABSENCES, type FacilitatorHome } from '../../../contract/homeChannels';
import type { Db } from '../../db/connection';
import { type HomeSessionRow, facilitatedSessions, membersAtRisk, unsignedSessionNotes } from '../../db/repos/homeRepo';
import { addDays, endOfWeek } from './calendar';

const sessionItem = (r: HomeSessionRow) => ({
  id: r.id,
  groupName: r.group_name,
  date: r.date,
  time: r.time,
  place: { area: 'groupSession' as const, groupId: r.group_id, sessionId: r.id },
});

/**
 * What waits for a facilitator, in the groups they facilitate only: today's sessions, the rest of this week's
 * (Monday to Sunday), sessions held whose note is not signed, and members at risk of dropping out — absent from
 * their last AT_RISK_ABSENCES sessions with attendance marked. Members are named by their alias, as the group shows them.
 */
export function facilitatorDue(db: Db, accountId: string, today: string, limit: number): FacilitatorHome {
  const todays = facilitatedSessions(db, accountId, today, today, limit);
  const week = facilitatedSessions(db, accountId, addDays(today, 1), endOfWeek(today), limit);
  const unsigned = unsignedSessionNotes(db, accountId, today, limit);
  const atRisk = membersAtRisk(db, accountId, today, AT_RISK_ABSENCES, limit);
  return {
    today: { total: todays.total, items: todays.rows.map(sessionItem) },
    week: { total: week.total, items: week.rows.map(sessionItem) },
    unsignedNotes: { total: unsigned.total, items: unsigned.rows.map(sessionItem) },
    atRisk: {
      total: atRisk.total,
      items: atRisk.rows.map((r) => ({
        id: r.id,
        groupName: r.group_name,
        alias: r.alias,
        lastMissedOn: r.last_missed_on,
        place: { area: 'groupMember' as const, groupId: r.group_id, memberId: r.id },
      })),
    },
  };
}
