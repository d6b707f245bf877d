import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCREEN } from './fixtures/drawingSetup';
import { FAC_A, type GroupWorld, groupInput, sessionInput, setUpGroupWorld } from './fixtures/groupSetup';
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
  const member = ok(await invoke('groups:registerMember', { groupId: group.id, alias: 'А', language: 'kk', joinedOn: '2026-12-01' }));
  const session = ok(await invoke('groupSessions:create', sessionInput(group.id, '2026-12-01', [world.ids.facA])));
  const drawing = ok(await invoke('groupSessions:startDrawing', { sessionId: session.id, memberId: member.id, orientation: 'portrait', screen: SCREEN }));
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
    fails(await invoke('groupSessions:saveNote', { sessionId: session.id, text: 'переписано' }), 'NOTE_SIGNED');
    fails(await invoke('groupSessions:signNote', { sessionId: session.id, password: FAC_A.password }), 'NOTE_SIGNED');
    const changed = { date: '2026-12-02', time: '15:00', durationMinutes: 90, topic: 'Другая тема', plannedActivities: '', facilitatorIds: [world.ids.facA] };
    fails(await invoke('groupSessions:update', { sessionId: session.id, ...changed }), 'NOTE_SIGNED');
    fails(await invoke('groupSessions:delete', { sessionId: session.id }), 'NOTE_SIGNED');
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
        () => db.prepare("UPDATE group_session_notes SET status = 'draft', signed_by = NULL, signed_at = NULL WHERE session_id = ?").run(session.id),
        () => db.prepare('DELETE FROM group_session_notes WHERE session_id = ?').run(session.id),
        () => db.prepare("UPDATE group_note_addenda SET text = 'forged' WHERE session_id = ?").run(session.id),
        () => db.prepare('DELETE FROM group_note_addenda WHERE session_id = ?').run(session.id),
        () => db.prepare("UPDATE group_sessions SET date = '2026-12-09' WHERE id = ?").run(session.id),
        () => db.prepare('DELETE FROM group_sessions WHERE id = ?').run(session.id),
        () => db.prepare('UPDATE drawings SET group_member_id = NULL, group_session_id = NULL WHERE id = ?').run(drawingId),
      ];
      for (const attempt of attempts) expect(attempt).toThrow(/read-only|stays with/);
      expect(db.prepare('SELECT text, status FROM group_session_notes WHERE session_id = ?').get(session.id)).toEqual({ text: NOTE, status: 'signed' });
      // The drawing is stored with the member and the session.
      expect(db.prepare('SELECT group_session_id, group_member_id FROM drawings WHERE id = ?').get(drawingId)).toEqual({
        group_session_id: session.id,
        group_member_id: member.id,
      });
      // An addendum cannot be slipped under an unsigned note.
      db.prepare("INSERT INTO group_sessions (id, group_id, date, duration_minutes, created_by, created_at, updated_at) VALUES ('f'||substr(?, 2), ?, '2026-12-05', 60, ?, 'x', 'x')").run(
        session.id,
        session.groupId,
        world.ids.facA,
      );
      const draftId = `f${session.id.slice(1)}`;
      db.prepare("INSERT INTO group_session_notes (session_id, text, status, updated_by, updated_at) VALUES (?, 'draft', 'draft', ?, 'x')").run(draftId, world.ids.facA);
      expect(() =>
        db.prepare("INSERT INTO group_note_addenda (id, session_id, text, signed_by, signed_at) VALUES ('a', ?, 't', ?, 'x')").run(draftId, world.ids.facA),
      ).toThrow(/signed notes/);
    } finally {
      db.close();
    }
  });
});
