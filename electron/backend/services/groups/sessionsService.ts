import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { CalendarEntry, GridRow, SessionDetail, groupChannels } from '../../../contract/groupChannels';
import { type MemberRow, listFacilitators, listMembers } from '../../db/repos/groupsRepo';
import {
  type RecordRow,
  type SessionRow,
  deleteSession as deleteSessionRow,
  findSession,
  insertSession,
  listGroupDrawings,
  listRecords,
  listSessionFacilitators,
  listSessionsInRange,
  replaceSessionFacilitators,
  sessionHasRecords,
  updateSession as updateSessionRow,
  upsertRecord,
} from '../../db/repos/groupSessionsRepo';
import type { OpenVault } from '../../vault/vault';
import { newId } from '../../vault/wrap';
import { nowIso, type ServiceContext, audit } from '../context';
import { type GroupAccess, facilitatorOnly, requireNotFinished, requireReadable, requireRecorder, requireRecording } from './access';
import { byKey, person, toSessionSummary } from './mappers';
import { isAltered } from '../signedSeal';
import { sessionNote } from './noteView';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/** Sessions, the attendance grid and the calendar (issue 6, items 3 and 5). */

/** The session and its group's access for the caller; a session of a group the caller cannot read is NOT_FOUND. */
function requireSession(open: OpenVault, sessionId: string): { session: SessionRow; access: GroupAccess } {
  const session = findSession(open.db, sessionId);
  if (!session) throw new AppFailure('NOT_FOUND', 'no such session');
  return { session, access: requireReadable(open, session.group_id) };
}

export function requireRecordableSession(open: OpenVault, sessionId: string): { session: SessionRow; access: GroupAccess } {
  const found = requireSession(open, sessionId);
  requireRecording(found.access);
  return found;
}

/** A membership that covers the session's date. */
export const enrolledOn = (m: Pick<MemberRow, 'joined_on' | 'left_on'>, date: string): boolean =>
  m.joined_on <= date && (m.left_on === null || m.left_on >= date);

/**
 * Signing the note freezes everything it attests (issue 10): the session, its grid, facilitators,
 * drawings and their annotations; migration 0007's triggers refuse the same writes.
 */
export function requireUnsigned(session: Pick<SessionRow, 'note_status'>): void {
  if (session.note_status === 'signed') throw new AppFailure('NOTE_SIGNED', 'the session note is signed; the session is read-only');
}

/**
 * The members on the session's grid: those enrolled on its date and anyone with a line or a
 * drawing in it. Once signed, only the stored lines (signing stores a line for every member
 * listed), so a later enrolment or leaving date never changes a signed grid.
 */
export function gridMembers(open: OpenVault, session: SessionRow): { members: MemberRow[]; records: Map<string, RecordRow> } {
  const records = new Map(listRecords(open.db, session.id).map((r) => [r.member_id, r]));
  const drawn = new Set(listGroupDrawings(open.db, { sessionId: session.id }).map((d) => d.member_id));
  const members = listMembers(open.db, session.group_id).filter((m) =>
    session.note_status === 'signed' ? records.has(m.id) : enrolledOn(m, session.date) || records.has(m.id) || drawn.has(m.id),
  );
  return { members, records };
}

/** Every session facilitator must facilitate the group. */
function checkSessionFacilitators(open: OpenVault, groupId: string, ids: readonly string[]): void {
  const allowed = new Set(listFacilitators(open.db, [groupId]).map((f) => f.id));
  const issues = ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !allowed.has(id))
    .map(({ i }) => ({ path: `facilitatorIds.${i}`, message: "not one of the group's facilitators" }));
  if (issues.length > 0) throw new AppFailure('VALIDATION', "a session's facilitators must facilitate the group", { issues });
}

export function emptyRecord(sessionId: string, memberId: string): RecordRow {
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

/** The session with its grid and note, as stored now (no audit). */
function sessionDetail(open: OpenVault, session: SessionRow, access: GroupAccess, checked?: { altered: boolean }): SessionDetail {
  const { members, records } = gridMembers(open, session);
  const drawings = byKey(listGroupDrawings(open.db, { sessionId: session.id }), (d) => d.member_id);
  const grid: GridRow[] = members
    .map((m) => {
      const r = records.get(m.id) ?? emptyRecord(session.id, m.id);
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
  const facilitators = listSessionFacilitators(open.db, [session.id]).map((f) => person(f.id, f.full_name));
  return {
    ...toSessionSummary(session, facilitators),
    groupName: access.group.name,
    groupStatus: access.group.status,
    groupFacilitators: listFacilitators(open.db, [session.group_id]).map((f) => person(f.id, f.full_name)),
    canRecord: access.record,
    grid,
    note: sessionNote(open, session.id, checked),
  };
}

function reloaded(open: OpenVault, sessionId: string): SessionDetail {
  const { session, access } = requireSession(open, sessionId);
  return sessionDetail(open, session, access);
}

export function createSession(ctx: ServiceContext, input: Input<'groupSessions:create'>): SessionDetail {
  const open = ctx.vault.session();
  const access = requireRecorder(open, input.groupId);
  requireNotFinished(access);
  checkSessionFacilitators(open, input.groupId, input.facilitatorIds);
  const id = newId();
  open.db.transaction(() => {
    insertSession(open.db, {
      id,
      group_id: input.groupId,
      date: input.date,
      time: input.time,
      duration_minutes: input.durationMinutes,
      topic: input.topic,
      planned_activities: input.plannedActivities,
      created_by: open.account.id,
      created_at: nowIso(ctx),
    });
    replaceSessionFacilitators(open.db, id, input.facilitatorIds);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'groupSession.created',
      targetKind: 'groupSession',
      targetId: id,
      details: { groupId: input.groupId },
    });
  })();
  return reloaded(open, id);
}

export function updateSession(ctx: ServiceContext, input: Input<'groupSessions:update'>): SessionDetail {
  const open = ctx.vault.session();
  const { session, access } = requireRecordableSession(open, input.sessionId);
  requireNotFinished(access);
  requireUnsigned(session);
  checkSessionFacilitators(open, session.group_id, input.facilitatorIds);
  const before = listSessionFacilitators(open.db, [session.id]).map((f) => f.id).sort();
  const fields = [
    ...(session.date !== input.date ? ['date'] : []),
    ...(session.time !== input.time ? ['time'] : []),
    ...(session.duration_minutes !== input.durationMinutes ? ['durationMinutes'] : []),
    ...(session.topic !== input.topic ? ['topic'] : []),
    ...(session.planned_activities !== input.plannedActivities ? ['plannedActivities'] : []),
    ...(before.join() !== [...input.facilitatorIds].sort().join() ? ['facilitatorIds'] : []),
  ];
  if (fields.length > 0) {
    open.db.transaction(() => {
      updateSessionRow(open.db, session.id, {
        date: input.date,
        time: input.time,
        duration_minutes: input.durationMinutes,
        topic: input.topic,
        planned_activities: input.plannedActivities,
        updated_at: nowIso(ctx),
      });
      replaceSessionFacilitators(open.db, session.id, input.facilitatorIds);
      audit(ctx, open.db, {
        actorId: open.account.id,
        action: 'groupSession.updated',
        targetKind: 'groupSession',
        targetId: session.id,
        details: { groupId: session.group_id, fields },
      });
    })();
  }
  return reloaded(open, session.id);
}

export function deleteSession(ctx: ServiceContext, sessionId: string): null {
  const open = ctx.vault.session();
  const { session, access } = requireRecordableSession(open, sessionId);
  // A finished group is read-only, as it takes no new sessions.
  requireNotFinished(access);
  requireUnsigned(session);
  if (sessionHasRecords(open.db, session.id)) throw new AppFailure('SESSION_NOT_EMPTY', 'the session has records');
  open.db.transaction(() => {
    deleteSessionRow(open.db, session.id);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'groupSession.deleted',
      targetKind: 'groupSession',
      targetId: session.id,
      details: { groupId: session.group_id },
    });
  })();
  return null;
}

export function getSession(ctx: ServiceContext, sessionId: string): SessionDetail {
  const open = ctx.vault.session();
  const { session, access } = requireSession(open, sessionId);
  // Checked against its seal each time it is shown (a signature undone behind the app's back too); an alteration is audited once.
  const detail = sessionDetail(open, session, access, { altered: isAltered(ctx, open, 'groupSession', session.id) });
  audit(ctx, open.db, {
    actorId: open.account.id,
    action: 'groupSession.viewed',
    targetKind: 'groupSession',
    targetId: sessionId,
    details: { groupId: session.group_id },
  });
  return detail;
}

/** A score keeps its source while its value stays; a changed one is the writer's (migration 0006: a stored score always has a source). */
export function moodSource(
  stored: number | null,
  storedBy: RecordRow['mood_before_by'],
  value: number | null,
  writer: NonNullable<RecordRow['mood_before_by']>,
): RecordRow['mood_before_by'] {
  if (value === null) return null;
  return value === stored ? storedBy : writer;
}

export function saveGrid(ctx: ServiceContext, input: Input<'groupSessions:saveGrid'>): SessionDetail {
  const open = ctx.vault.session();
  const { session } = requireRecordableSession(open, input.sessionId);
  requireUnsigned(session);
  const stored = new Map(listRecords(open.db, session.id).map((r) => [r.member_id, r]));
  const members = new Map(listMembers(open.db, session.group_id).map((m) => [m.id, m]));
  const next: RecordRow[] = input.rows.map((row, i) => {
    const member = members.get(row.memberId);
    if (!member || (!enrolledOn(member, session.date) && !stored.has(member.id))) {
      throw new AppFailure('VALIDATION', 'not a member of the group on the session date', {
        issues: [{ path: `rows.${i}.memberId`, message: 'not enrolled on the session date' }],
      });
    }
    const before = stored.get(row.memberId) ?? emptyRecord(session.id, row.memberId);
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
    const before = stored.get(r.member_id) ?? emptyRecord(session.id, r.member_id);
    return (Object.keys(r) as (keyof RecordRow)[]).some((k) => r[k] !== before[k]);
  });
  if (changed.length > 0) {
    open.db.transaction(() => {
      const at = nowIso(ctx);
      for (const r of changed) upsertRecord(open.db, { ...r, updated_by: open.account.id, updated_at: at });
      audit(ctx, open.db, {
        actorId: open.account.id,
        action: 'groupSession.gridSaved',
        targetKind: 'groupSession',
        targetId: session.id,
        details: { groupId: session.group_id, rowsChanged: changed.length },
      });
    })();
  }
  return reloaded(open, session.id);
}

export function sessionCalendar(ctx: ServiceContext, input: Input<'groupSessions:calendar'>): CalendarEntry[] {
  const open = ctx.vault.session();
  const rows = listSessionsInRange(open.db, { from: input.from, to: input.to, facilitatorId: facilitatorOnly(open) ? open.account.id : null });
  audit(ctx, open.db, { actorId: open.account.id, action: 'groupSession.calendarViewed', details: { from: input.from, to: input.to, count: rows.length } });
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
