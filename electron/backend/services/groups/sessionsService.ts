import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { AttendanceRow, CalendarEntry, SessionDetail, groupChannels } from '../../../contract/groupChannels';
import { type MemberRow, listFacilitators, listMembers } from '../../db/repos/groupsRepo';
import {
  type StoredAttendance,
  type SessionRow,
  deleteSession as deleteSessionRow,
  findSession,
  insertSession,
  listGroupDrawings,
  listAttendance,
  listSessionFacilitators,
  listSessionsInRange,
  replaceSessionFacilitators,
  sessionHasRecords,
  updateSession as updateSessionRow,
  upsertAttendance,
} from '../../db/repos/groupSessionsRepo';
import type { SignedInContext } from '../signedIn';
import { personRef, recordSigned } from '../signing/signedRecord';
import { isAltered } from '../signing/signedSeal';
import {
  type GroupAccess,
  facilitatorOnly,
  requireNotFinished,
  requireReadable,
  requireRecorder,
  requireRecording,
} from './access';
import { byKey, toSessionSummary } from './mappers';
import { startAtFirstSession } from './autoStart';
import { sessionNote } from './noteView';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/** Sessions, their attendance and the calendar (issue 6, items 3 and 5). */

/** The session and its group's access for the caller; a session of a group the caller cannot read is NOT_FOUND. */
function requireSession(s: SignedInContext, sessionId: string): { session: SessionRow; access: GroupAccess } {
  const session = findSession(s.db, sessionId);
  if (!session) throw new AppFailure('NOT_FOUND', 'no such session');
  return { session, access: requireReadable(s, session.group_id) };
}

export function requireRecordableSession(s: SignedInContext, sessionId: string): { session: SessionRow; access: GroupAccess } {
  const found = requireSession(s, sessionId);
  requireRecording(found.access);
  return found;
}

/** A membership that covers the session's date. */
export const enrolledOn = (m: Pick<MemberRow, 'joined_on' | 'left_on'>, date: string): boolean =>
  m.joined_on <= date && (m.left_on === null || m.left_on >= date);

/**
 * Signing the note freezes everything it attests (issue 10): the session, its attendance,
 * facilitators, drawings and their annotations; migration 0007's triggers refuse the same writes.
 */
export function requireUnsigned(session: Pick<SessionRow, 'note_status'>): void {
  if (session.note_status === 'signed')
    throw recordSigned('groupSession', 'the session note is signed; the session is read-only');
}

/**
 * The members on the session's attendance: those enrolled on its date and anyone with a line or a
 * drawing in it. Once signed, only the stored lines (signing stores a line for every member
 * listed), so a later enrolment or leaving date never changes a signed session's attendance.
 */
export function attendanceMembers(
  s: SignedInContext,
  session: SessionRow,
): { members: MemberRow[]; records: Map<string, StoredAttendance> } {
  const records = new Map(listAttendance(s.db, session.id).map((r) => [r.member_id, r]));
  const drawn = new Set(listGroupDrawings(s.db, { sessionId: session.id }).map((d) => d.member_id));
  const members = listMembers(s.db, session.group_id).filter((m) =>
    session.note_status === 'signed' ? records.has(m.id) : enrolledOn(m, session.date) || records.has(m.id) || drawn.has(m.id),
  );
  return { members, records };
}

/** Every session facilitator must facilitate the group. */
function checkSessionFacilitators(s: SignedInContext, groupId: string, ids: readonly string[]): void {
  const allowed = new Set(listFacilitators(s.db, [groupId]).map((f) => f.id));
  const issues = ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !allowed.has(id))
    .map(({ i }) => ({ path: `facilitatorIds.${i}`, message: "not one of the group's facilitators" }));
  if (issues.length > 0) throw new AppFailure('VALIDATION', "a session's facilitators must facilitate the group", { issues });
}

/** A member's attendance line with nothing marked yet. */
export function emptyAttendance(sessionId: string, memberId: string): StoredAttendance {
  return {
    session_id: sessionId,
    member_id: memberId,
    attendance: null,
    participation: null,
    note: '',
    mood_before: null,
    mood_before_by: null,
    mood_after: null,
    mood_after_by: null,
  };
}

/** The session with its attendance and note, as stored now (no audit). */
function sessionDetail(
  s: SignedInContext,
  session: SessionRow,
  access: GroupAccess,
  checked?: { altered: boolean },
): SessionDetail {
  const { members, records } = attendanceMembers(s, session);
  const drawings = byKey(listGroupDrawings(s.db, { sessionId: session.id }), (d) => d.member_id);
  const attendance: AttendanceRow[] = members
    .map((m) => {
      const r = records.get(m.id) ?? emptyAttendance(session.id, m.id);
      return {
        memberId: m.id,
        code: m.code,
        alias: m.alias,
        language: m.language,
        attendance: r.attendance,
        participation: r.participation,
        note: r.note,
        moodBefore: r.mood_before,
        moodAfter: r.mood_after,
        moodBeforeBy: r.mood_before_by,
        moodAfterBy: r.mood_after_by,
        drawingIds: (drawings.get(m.id) ?? []).map((d) => d.id),
      };
    })
    .sort((a, b) => a.alias.localeCompare(b.alias) || a.memberId.localeCompare(b.memberId));
  const facilitators = listSessionFacilitators(s.db, [session.id]).map((f) => personRef(f.id, f.full_name));
  return {
    ...toSessionSummary(session, facilitators),
    groupName: access.group.name,
    groupStatus: access.group.status,
    groupFacilitators: listFacilitators(s.db, [session.group_id]).map((f) => personRef(f.id, f.full_name)),
    canRecord: access.record,
    attendance,
    note: sessionNote(s, session.id, checked),
  };
}

function reloaded(s: SignedInContext, sessionId: string): SessionDetail {
  const { session, access } = requireSession(s, sessionId);
  return sessionDetail(s, session, access);
}

export function createSession(s: SignedInContext, input: Input<'groupSessions:create'>): SessionDetail {
  const access = requireRecorder(s, input.groupId);
  requireNotFinished(access);
  checkSessionFacilitators(s, input.groupId, input.facilitatorIds);
  const id = s.newId();
  s.db.transaction(() => {
    insertSession(s.db, {
      id,
      group_id: input.groupId,
      date: input.date,
      time: input.time,
      duration_minutes: input.durationMinutes,
      topic: input.topic,
      planned_activities: input.plannedActivities,
      created_by: s.account.id,
      created_at: s.nowIso(),
    });
    replaceSessionFacilitators(s.db, id, input.facilitatorIds);
    s.audit('groupSession.created', { kind: 'groupSession', id }, { groupId: input.groupId });
  })();
  return reloaded(s, id);
}

export function updateSession(s: SignedInContext, input: Input<'groupSessions:update'>): SessionDetail {
  const { session, access } = requireRecordableSession(s, input.sessionId);
  requireNotFinished(access);
  requireUnsigned(session);
  checkSessionFacilitators(s, session.group_id, input.facilitatorIds);
  const before = listSessionFacilitators(s.db, [session.id])
    .map((f) => f.id)
    .sort();
  const fields = [
    ...(session.date !== input.date ? ['date'] : []),
    ...(session.time !== input.time ? ['time'] : []),
    ...(session.duration_minutes !== input.durationMinutes ? ['durationMinutes'] : []),
    ...(session.topic !== input.topic ? ['topic'] : []),
    ...(session.planned_activities !== input.plannedActivities ? ['plannedActivities'] : []),
    ...(before.join() !== [...input.facilitatorIds].sort().join() ? ['facilitatorIds'] : []),
  ];
  if (fields.length > 0) {
    s.db.transaction(() => {
      updateSessionRow(s.db, session.id, {
        date: input.date,
        time: input.time,
        duration_minutes: input.durationMinutes,
        topic: input.topic,
        planned_activities: input.plannedActivities,
        updated_at: s.nowIso(),
      });
      replaceSessionFacilitators(s.db, session.id, input.facilitatorIds);
      s.audit('groupSession.updated', { kind: 'groupSession', id: session.id }, { groupId: session.group_id, fields });
    })();
  }
  return reloaded(s, session.id);
}

export function deleteSession(s: SignedInContext, { sessionId }: Input<'groupSessions:delete'>): null {
  const { session, access } = requireRecordableSession(s, sessionId);
  // A finished group is read-only, as it takes no new sessions.
  requireNotFinished(access);
  requireUnsigned(session);
  if (sessionHasRecords(s.db, session.id)) throw new AppFailure('SESSION_NOT_EMPTY', 'the session has records');
  s.db.transaction(() => {
    deleteSessionRow(s.db, session.id);
    s.audit('groupSession.deleted', { kind: 'groupSession', id: session.id }, { groupId: session.group_id });
  })();
  return null;
}

export function getSession(s: SignedInContext, { sessionId }: Input<'groupSessions:get'>): SessionDetail {
  const { session, access } = requireSession(s, sessionId);
  // Checked against its seal each time it is shown (a signature undone behind the app's back too); an alteration is audited once.
  const detail = sessionDetail(s, session, access, { altered: isAltered(s, 'groupSession', session.id) });
  s.audit('groupSession.viewed', { kind: 'groupSession', id: sessionId }, { groupId: session.group_id });
  return detail;
}

/** A score keeps its source while its value stays; a changed one is the writer's (migration 0006: a stored score always has a source). */
export function moodSource(
  stored: number | null,
  storedBy: StoredAttendance['mood_before_by'],
  value: number | null,
  writer: NonNullable<StoredAttendance['mood_before_by']>,
): StoredAttendance['mood_before_by'] {
  if (value === null) return null;
  return value === stored ? storedBy : writer;
}

export function saveAttendance(s: SignedInContext, input: Input<'groupSessions:saveAttendance'>): SessionDetail {
  const { session } = requireRecordableSession(s, input.sessionId);
  requireUnsigned(session);
  const stored = new Map(listAttendance(s.db, session.id).map((r) => [r.member_id, r]));
  const members = new Map(listMembers(s.db, session.group_id).map((m) => [m.id, m]));
  const next: StoredAttendance[] = input.rows.map((row, i) => {
    const member = members.get(row.memberId);
    if (!member || (!enrolledOn(member, session.date) && !stored.has(member.id))) {
      throw new AppFailure('VALIDATION', 'not a member of the group on the session date', {
        issues: [{ path: `rows.${i}.memberId`, message: 'not enrolled on the session date' }],
      });
    }
    const before = stored.get(row.memberId) ?? emptyAttendance(session.id, row.memberId);
    return {
      session_id: session.id,
      member_id: row.memberId,
      attendance: row.attendance,
      participation: row.participation,
      note: row.note,
      mood_before: row.moodBefore,
      mood_before_by: moodSource(before.mood_before, before.mood_before_by, row.moodBefore, 'facilitator'),
      mood_after: row.moodAfter,
      mood_after_by: moodSource(before.mood_after, before.mood_after_by, row.moodAfter, 'facilitator'),
    };
  });
  const changed = next.filter((r) => {
    const before = stored.get(r.member_id) ?? emptyAttendance(session.id, r.member_id);
    return (Object.keys(r) as (keyof StoredAttendance)[]).some((k) => r[k] !== before[k]);
  });
  if (changed.length > 0) {
    s.db.transaction(() => {
      const at = s.nowIso();
      for (const r of changed) upsertAttendance(s.db, { ...r, updated_by: s.account.id, updated_at: at });
      // The audit action keeps its stored name: audit rows already written say gridSaved.
      s.audit(
        'groupSession.gridSaved',
        { kind: 'groupSession', id: session.id },
        { groupId: session.group_id, rowsChanged: changed.length },
      );
      if (changed.some((r) => r.attendance !== null)) startAtFirstSession(s, session.group_id, session.id);
    })();
  }
  return reloaded(s, session.id);
}

export function sessionCalendar(s: SignedInContext, input: Input<'groupSessions:calendar'>): CalendarEntry[] {
  const rows = listSessionsInRange(s.db, {
    from: input.from,
    to: input.to,
    facilitatorId: facilitatorOnly(s) ? s.account.id : null,
  });
  s.audit('groupSession.calendarViewed', null, { from: input.from, to: input.to, count: rows.length });
  return rows.map((r) => ({
    sessionId: r.id,
    groupId: r.group_id,
    groupName: r.group_name,
    date: r.date,
    time: r.time,
    durationMinutes: r.duration_minutes,
    topic: r.topic,
    noteStatus: r.note_status ?? 'none',
  }));
}
