import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { type GroupWorld, setUpGroupWorld } from './fixtures/groupSetup';
import { openRawDb } from './fixtures/rawDb';
import { type SignedRecords, signRecords } from './fixtures/signedRecords';
import { type TestVault, newVault } from './helpers';

let tv: TestVault;
let world: GroupWorld;
let r: SignedRecords;

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
  r = await signRecords(tv.backend, world);
});
afterEach(async () => tv?.dispose());

type Row = Record<string, unknown>;
const show = (row: Row | undefined) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v));

/**
 * `verb INTO table` the row `where` selects, with `changes`. SQLite's REPLACE deletes the row it
 * conflicts with and inserts the new one; with recursive_triggers on (connection.ts) the delete
 * fires the DELETE triggers, which must refuse it.
 */
function replaceRow(
  db: Db,
  verb: 'INSERT OR REPLACE' | 'REPLACE',
  table: string,
  where: string,
  param: string,
  changes: Row,
): () => void {
  const row = db.prepare(`SELECT * FROM ${table} WHERE ${where} LIMIT 1`).get(param) as Row | undefined;
  if (!row) throw new Error(`no row in ${table}`);
  const next = { ...row, ...changes };
  const columns = Object.keys(next);
  return () =>
    db.prepare(`${verb} INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(next);
}

describe('INSERT OR REPLACE against protected tables (issue 10)', () => {
  it('is refused on every table that holds a signed record or a history, and changes nothing', async () => {
    const db = await openRawDb(tv.dir, world.recoveryKey);
    try {
      expect(db.pragma('recursive_triggers', { simple: true })).toBe(1);
      const cases: [table: string, where: string, param: string, changes: Row][] = [
        ['assessments', 'id = ?', r.assessmentId, { conclusion: 'replaced' }],
        ['assessment_addenda', 'assessment_id = ?', r.assessmentId, { text: 'replaced' }],
        ['drawings', 'id = ?', r.assessmentDrawingId, { event_count: 0 }],
        ['drawing_annotations', 'id = ?', r.assessmentAnnotationId, { text: 'replaced' }],
        ['group_session_notes', 'session_id = ?', r.sessionId, { text: 'replaced' }],
        ['group_note_addenda', 'session_id = ?', r.sessionId, { text: 'replaced' }],
        ['group_sessions', 'id = ?', r.sessionId, { topic: 'replaced' }],
        ['group_session_records', 'session_id = ?', r.sessionId, { mood_after: 10 }],
        ['group_session_facilitators', 'session_id = ?', r.sessionId, {}],
        ['drawings', 'id = ?', r.sessionDrawingId, { event_count: 0 }],
        ['drawing_annotations', 'id = ?', r.sessionAnnotationId, { x: 1 }],
        ['group_members', 'id = ?', r.memberId, { alias: 'replaced' }],
        ['clients', 'id = ?', r.clientId, { full_name: 'replaced', search_name: 'replaced' }],
        ['client_legal_statuses', 'client_id = ?', r.clientId, { status: 'released' }],
        ['client_consents', 'client_id = ?', r.clientId, { note: 'replaced' }],
        ['signed_seals', 'record_id = ?', r.assessmentId, { digest: '0'.repeat(64) }],
        ['signed_seals', 'record_id = ?', r.sessionId, { digest: '0'.repeat(64) }],
      ];
      for (const [table, where, param, changes] of cases) {
        const before = show(db.prepare(`SELECT * FROM ${table} WHERE ${where} LIMIT 1`).get(param) as Row);
        for (const verb of ['INSERT OR REPLACE', 'REPLACE'] as const) {
          expect(replaceRow(db, verb, table, where, param, changes), `${verb} INTO ${table}`).toThrow(
            /read-only|not deleted|signed|draft assessments only/,
          );
        }
        expect(show(db.prepare(`SELECT * FROM ${table} WHERE ${where} LIMIT 1`).get(param) as Row), table).toBe(before);
      }
    } finally {
      db.close();
    }
  });

  it('would pass without recursive triggers, which is why the connection turns them on', async () => {
    const db = await openRawDb(tv.dir, world.recoveryKey);
    try {
      db.pragma('recursive_triggers = OFF');
      db.exec('BEGIN');
      replaceRow(db, 'INSERT OR REPLACE', 'assessments', 'id = ?', r.assessmentId, { conclusion: 'replaced' })();
      expect(db.prepare('SELECT conclusion FROM assessments WHERE id = ?').get(r.assessmentId)).toEqual({
        conclusion: 'replaced',
      });
      db.exec('ROLLBACK');
    } finally {
      db.close();
    }
  });
});
