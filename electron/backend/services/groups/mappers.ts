import type { GroupSummary, Member, SessionSummary } from '../../../contract/groupChannels';
import type { PersonRef } from '../../../contract/signedRecord';
import type { GroupListRow, MemberRow } from '../../db/repos/groupsRepo';
import type { SessionRow } from '../../db/repos/groupSessionsRepo';
import type { SignedInContext } from '../signedIn';
import type { GroupAccess } from './access';

/** Rows to contract shapes, shared by the group services. */

/** Today's calendar date by the vault's clock, in the computer's time zone (what the facilitator's wall calendar says). */
export function today(s: SignedInContext): string {
  const d = new Date(s.now());
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Groups a list of rows by a key. */
export function byKey<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

export function toGroupSummary(
  row: GroupListRow,
  facilitators: PersonRef[],
  access: Pick<GroupAccess, 'manage' | 'record'>,
): GroupSummary {
  return {
    id: row.id,
    name: row.name,
    programmeType: row.programme_type,
    programmeText: row.programme_text,
    unit: row.unit,
    startDate: row.start_date,
    endDate: row.end_date,
    weekdays: JSON.parse(row.weekdays) as number[],
    time: row.time,
    plannedSessions: row.planned_sessions,
    capacity: row.capacity,
    status: row.status,
    goals: row.goals,
    facilitators,
    activeMembers: row.active_members,
    sessionCount: row.session_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    canManage: access.manage,
    canRecord: access.record,
  };
}

export function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    groupId: row.group_id,
    clientId: row.client_id,
    code: row.code,
    alias: row.alias,
    language: row.language,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    leavingReason: row.leaving_reason,
    leavingNote: row.leaving_note,
  };
}

export function toSessionSummary(row: SessionRow, facilitators: PersonRef[]): SessionSummary {
  return {
    id: row.id,
    groupId: row.group_id,
    date: row.date,
    time: row.time,
    durationMinutes: row.duration_minutes,
    topic: row.topic,
    plannedActivities: row.planned_activities,
    facilitators,
    noteStatus: row.note_status ?? 'none',
    recorded: row.recorded,
    attended: row.attended,
  };
}
