import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEvents } from '../../assessments/drawing/encoding';
import { line } from '../unit/drawing/builders';
import { SCREEN, b64, signInAs } from './fixtures/drawingSetup';
import { FAC_A, PSY, type GroupWorld, groupInput, sessionInput, setUpGroupWorld } from './fixtures/groupSetup';
import { openRawDb } from './fixtures/rawDb';
import { type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let world: GroupWorld;
const NOTE = 'Подписанная запись о занятии';

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
});
afterEach(async () => tv?.dispose());

/** A group with one member, one session, a signed note with one addendum, and a group drawing. */
async function signedSession() {
  const invoke = tv.backend.invoke;
  const group = ok(await invoke('groups:create', groupInput([world.ids.facA])));
  const member = ok(
    await invoke('groups:registerMember', { groupId: group.id, alias: 'А', language: 'kk', joinedOn: '2026-12-01' }),
  );
  const session = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA])));
  const drawing = ok(
    await invoke('groupSessions:startDrawing', {
      sessionId: session.id,
      memberId: member.id,
      orientation: 'portrait',
      screen: SCREEN,
    }),
  );
  ok(await invoke('groupSessions:saveNote', { sessionId: session.id, text: NOTE }));
  ok(await invoke('groupSessions:signNote', { sessionId: session.id, password: FAC_A.password }));
  ok(await invoke('groupSessions:addAddendum', { sessionId: session.id, text: 'Дополнение', password: FAC_A.password }));
  return { group, member, session, drawingId: drawing.id };
}

describe('a signed session note', () => {
  it('cannot change through any channel', async () => {
    const invoke = tv.backend.invoke;
    const { session } = await signedSession();
    const before = ok(await invoke('groupSessions:get', { sessionId: session.id }));
    fails(await invoke('groupSessions:saveNote', { sessionId: session.id, text: 'переписано' }), 'RECORD_SIGNED');
    fails(await invoke('groupSessions:signNote', { sessionId: session.id, password: FAC_A.password }), 'RECORD_SIGNED');
    const changed = {
      date: '2026-12-02',
      time: '15:00',
      durationMinutes: 90,
      topic: 'Другая тема',
      plannedActivities: '',
      facilitatorIds: [world.ids.facA],
    };
    fails(await invoke('groupSessions:update', { sessionId: session.id, ...changed }), 'RECORD_SIGNED');
    fails(await invoke('groupSessions:delete', { sessionId: session.id }), 'RECORD_SIGNED');
    const after = ok(await invoke('groupSessions:get', { sessionId: session.id }));
    expect(after.note).toEqual(before.note);
    expect(after.date).toBe('2026-12-01');
    expect(after.note).toMatchObject({ status: 'signed', text: NOTE });
  });

  it('cannot change in the database either: triggers refuse edits and deletions of the note, its addenda, its session and drawing links', async () => {
    const { session, member, drawingId } = await signedSession();
    const db = await openRawDb(tv.dir, world.recoveryKey);
    try {
      const attempts = [
        () => db.prepare("UPDATE group_session_notes SET text = 'forged' WHERE session_id = ?").run(session.id),
        () =>
          db
            .prepare("UPDATE group_session_notes SET status = 'draft', signed_by = NULL, signed_at = NULL WHERE session_id = ?")
            .run(session.id),
        () => db.prepare('DELETE FROM group_session_notes WHERE session_id = ?').run(session.id),
        () => db.prepare("UPDATE group_note_addenda SET text = 'forged' WHERE session_id = ?").run(session.id),
        () => db.prepare('DELETE FROM group_note_addenda WHERE session_id = ?').run(session.id),
        () => db.prepare("UPDATE group_sessions SET date = '2026-12-09' WHERE id = ?").run(session.id),
        () => db.prepare('DELETE FROM group_sessions WHERE id = ?').run(session.id),
        () => db.prepare('UPDATE drawings SET group_member_id = NULL, group_session_id = NULL WHERE id = ?').run(drawingId),
      ];
      for (const attempt of attempts) expect(attempt).toThrow(/read-only|stays with/);
      expect(db.prepare('SELECT text, status FROM group_session_notes WHERE session_id = ?').get(session.id)).toEqual({
        text: NOTE,
        status: 'signed',
      });
      // The drawing is stored with the member and the session.
      expect(db.prepare('SELECT group_session_id, group_member_id FROM drawings WHERE id = ?').get(drawingId)).toEqual({
        group_session_id: session.id,
        group_member_id: member.id,
      });
      // An addendum cannot be slipped under an unsigned note.
      db.prepare(
        "INSERT INTO group_sessions (id, group_id, date, duration_minutes, created_by, created_at, updated_at) VALUES ('f'||substr(?, 2), ?, '2026-12-05', 60, ?, 'x', 'x')",
      ).run(session.id, session.groupId, world.ids.facA);
      const draftId = `f${session.id.slice(1)}`;
      db.prepare(
        "INSERT INTO group_session_notes (session_id, text, status, updated_by, updated_at) VALUES (?, 'draft', 'draft', ?, 'x')",
      ).run(draftId, world.ids.facA);
      expect(() =>
        db
          .prepare("INSERT INTO group_note_addenda (id, session_id, text, signed_by, signed_at) VALUES ('a', ?, 't', ?, 'x')")
          .run(draftId, world.ids.facA),
      ).toThrow(/signed notes/);
    } finally {
      db.close();
    }
  });
});

/**
 * Issue 10, section 3: a signed session is a signed record. Two members: one with a grid line, one
 * only enrolled; a drawing finished by the first, with a psychologist's annotation, and a second
 * drawing left in progress; then the note is signed.
 */
async function fullSignedSession() {
  const invoke = tv.backend.invoke;
  const group = ok(await invoke('groups:create', groupInput([world.ids.facA])));
  const a = ok(
    await invoke('groups:registerMember', { groupId: group.id, alias: 'Арман', language: 'kk', joinedOn: '2026-12-01' }),
  );
  const b = ok(
    await invoke('groups:registerMember', { groupId: group.id, alias: 'Болат', language: 'ru', joinedOn: '2026-12-01' }),
  );
  const session = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-03', [world.ids.facA])));
  const row = (memberId: string) => ({
    memberId,
    attendance: 'present' as const,
    participation: 4,
    note: '',
    moodBefore: 4,
    moodAfter: 7,
  });
  ok(await invoke('groupSessions:saveAttendance', { sessionId: session.id, rows: [row(a.id)] }));
  const finished = ok(
    await invoke('groupSessions:startDrawing', {
      sessionId: session.id,
      memberId: a.id,
      orientation: 'portrait',
      screen: SCREEN,
    }),
  );
  ok(
    await invoke('drawings:append', {
      id: finished.id,
      chunk: b64(encodeEvents([line(100, 100, 900, 900, { t0: 200, durationMs: 400, points: 12 })])),
      pendingTail: null,
    }),
  );
  ok(await invoke('drawings:finish', { id: finished.id, finishedT: 2000 }));
  const open = ok(
    await invoke('groupSessions:startDrawing', {
      sessionId: session.id,
      memberId: b.id,
      orientation: 'portrait',
      screen: SCREEN,
    }),
  );
  await signInAs(tv.backend, PSY.username, PSY.password);
  const annotation = ok(
    await invoke('annotations:add', { drawingId: finished.id, kind: 'note', x: 500, y: 500, text: 'Крупная фигура' }),
  );
  await signInAs(tv.backend, FAC_A.username, FAC_A.password);
  ok(await invoke('groupSessions:saveNote', { sessionId: session.id, text: NOTE }));
  ok(await invoke('groupSessions:signNote', { sessionId: session.id, password: FAC_A.password }));
  return { group, a, b, session, finishedId: finished.id, openId: open.id, annotationId: annotation.id };
}

describe('a signed session (issue 10)', () => {
  it('refuses through every channel a change to its grid, drawings, mood entries, annotations, facilitators and aliases', async () => {
    const invoke = tv.backend.invoke;
    const { group, a, b, session, finishedId, openId, annotationId } = await fullSignedSession();
    const before = ok(await invoke('groupSessions:get', { sessionId: session.id }));
    const grid = before.attendance.map((r) => ({
      memberId: r.memberId,
      attendance: 'absent-unexcused' as const,
      participation: 1,
      note: 'x',
      moodBefore: 0,
      moodAfter: 0,
    }));
    fails(await invoke('groupSessions:saveAttendance', { sessionId: session.id, rows: grid }), 'RECORD_SIGNED');
    fails(
      await invoke('groupSessions:startDrawing', {
        sessionId: session.id,
        memberId: a.id,
        orientation: 'portrait',
        screen: SCREEN,
      }),
      'RECORD_SIGNED',
    );
    fails(await invoke('clientMode:enter', { kind: 'groupMood', sessionId: session.id, memberId: b.id }), 'RECORD_SIGNED');
    // The drawing left in progress can be neither continued nor finished.
    fails(await invoke('drawings:resume', { id: openId }), 'RECORD_SIGNED');
    fails(
      await invoke('drawings:append', {
        id: openId,
        chunk: b64(encodeEvents([line(1, 1, 50, 50, { t0: 10, durationMs: 100, points: 4 })])),
        pendingTail: null,
      }),
      'RECORD_SIGNED',
    );
    fails(await invoke('drawings:finish', { id: openId, finishedT: 9000 }), 'RECORD_SIGNED');
    const changed = {
      date: '2026-12-03',
      time: '15:00',
      durationMinutes: 90,
      topic: 'Триггеры',
      plannedActivities: 'Круг, рисунок',
      facilitatorIds: [world.ids.facA, world.ids.psyFac],
    };
    fails(await invoke('groupSessions:update', { sessionId: session.id, ...changed }), 'RECORD_SIGNED');
    // An alias is on the signed grid; the language is not attested and may change.
    fails(await invoke('groups:updateMember', { memberId: a.id, alias: 'Другой', language: 'kk' }), 'RECORD_SIGNED');
    fails(await invoke('groups:updateMember', { memberId: b.id, alias: 'Другой', language: 'ru' }), 'RECORD_SIGNED');
    expect(ok(await invoke('groups:updateMember', { memberId: a.id, alias: 'Арман', language: 'ru' })).language).toBe('ru');
    // A member enrolled later with an earlier date does not join the signed grid.
    ok(await invoke('groups:registerMember', { groupId: group.id, alias: 'Поздний', language: 'kk', joinedOn: '2026-12-02' }));
    await signInAs(tv.backend, PSY.username, PSY.password);
    fails(await invoke('annotations:add', { drawingId: finishedId, kind: 'pin', x: 10, y: 10, text: '' }), 'RECORD_SIGNED');
    fails(await invoke('annotations:update', { id: annotationId, text: 'Иначе' }), 'RECORD_SIGNED');
    fails(await invoke('annotations:delete', { id: annotationId }), 'RECORD_SIGNED');
    await signInAs(tv.backend, FAC_A.username, FAC_A.password);

    const after = ok(await invoke('groupSessions:get', { sessionId: session.id }));
    expect(after.attendance.map((r) => r.alias)).toEqual(['Арман', 'Болат']);
    expect(after.attendance.map(({ language: _l, ...r }) => r)).toEqual(before.attendance.map(({ language: _l, ...r }) => r));
    expect(after.facilitators).toEqual(before.facilitators);
    expect(after.note).toMatchObject({ status: 'signed', altered: false });
  });

  it('refuses the same changes in the database: triggers on the grid, facilitators, drawings, their parts and aliases', async () => {
    const { a, b, session, finishedId, openId, annotationId } = await fullSignedSession();
    const db = await openRawDb(tv.dir, world.recoveryKey);
    try {
      const signed = /read-only|signed session/;
      const attempts = [
        () => db.prepare('UPDATE group_session_records SET mood_after = 10 WHERE session_id = ?').run(session.id),
        () => db.prepare('DELETE FROM group_session_records WHERE session_id = ?').run(session.id),
        () =>
          db
            .prepare("INSERT INTO group_session_records (session_id, member_id, updated_by, updated_at) VALUES (?, ?, ?, 'x')")
            .run(session.id, 'f'.repeat(32), world.ids.facA),
        () =>
          db
            .prepare('INSERT INTO group_session_facilitators (session_id, account_id) VALUES (?, ?)')
            .run(session.id, world.ids.psyFac),
        () => db.prepare('DELETE FROM group_session_facilitators WHERE session_id = ?').run(session.id),
        () => db.prepare("UPDATE drawings SET strokes = x'00' WHERE id = ?").run(finishedId),
        () => db.prepare('DELETE FROM drawings WHERE id = ?').run(openId),
        () =>
          db
            .prepare(
              `INSERT INTO drawings (id, created_by, created_at, updated_at, orientation, medium, pointer_types, status, strokes, event_count, group_session_id, group_member_id)
               VALUES (?, ?, 'x', 'x', 'portrait', 'digital', '[]', 'in-progress', x'00', 0, ?, ?)`,
            )
            .run('e'.repeat(32), world.ids.facA, session.id, a.id),
        () => db.prepare("INSERT INTO drawing_chunks (drawing_id, seq, bytes) VALUES (?, 99, x'00')").run(openId),
        () => db.prepare("UPDATE drawing_annotations SET text = 'forged' WHERE id = ?").run(annotationId),
        () => db.prepare('DELETE FROM drawing_annotations WHERE id = ?').run(annotationId),
        () =>
          db
            .prepare(
              "INSERT INTO drawing_annotations (id, drawing_id, created_by, created_at, updated_at, kind, x, y, text) VALUES (?, ?, ?, 'x', 'x', 'pin', 1, 1, '')",
            )
            .run('d'.repeat(32), finishedId, world.ids.psy),
        () => db.prepare("UPDATE group_members SET alias = 'forged' WHERE id = ?").run(b.id),
        () => db.prepare('UPDATE signed_seals SET digest = ? WHERE record_id = ?').run('0'.repeat(64), session.id),
        () => db.prepare('DELETE FROM signed_seals WHERE record_id = ?').run(session.id),
      ];
      for (const attempt of attempts) expect(attempt).toThrow(signed);
    } finally {
      db.close();
    }
    expect(ok(await tv.backend.invoke('groupSessions:get', { sessionId: session.id })).note.altered).toBe(false);
  });
});
