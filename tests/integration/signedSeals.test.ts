import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/backend/db/connection';
import { signInAs } from './fixtures/drawingSetup';
import { FAC_A, type GroupWorld, PSY, setUpGroupWorld } from './fixtures/groupSetup';
import { openRawDb } from './fixtures/rawDb';
import { type SignedRecords, signRecords } from './fixtures/signedRecords';
import { ADMIN, type TestVault, newVault, ok } from './helpers';

let tv: TestVault;
let world: GroupWorld;
let r: SignedRecords;

beforeEach(async () => {
  tv = newVault();
  world = await setUpGroupWorld(tv.backend);
  r = await signRecords(tv.backend, world);
});
afterEach(async () => tv?.dispose());

/** Someone with the data key and a database browser: drops every trigger, then edits rows. */
async function behindTheAppsBack(edit: (db: Db) => void): Promise<void> {
  const db = await openRawDb(tv.dir, world.recoveryKey);
  try {
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[]) {
      db.exec(`DROP TRIGGER "${name}"`);
    }
    edit(db);
  } finally {
    db.close();
  }
}

const verify = async () => {
  await signInAs(tv.backend, ADMIN.username, ADMIN.password);
  return ok(await tv.backend.invoke('audit:verify', {}));
};
const assessmentAltered = async () => {
  await signInAs(tv.backend, PSY.username, PSY.password);
  return ok(await tv.backend.invoke('assessments:get', { id: r.assessmentId })).altered;
};
const sessionAltered = async () => {
  await signInAs(tv.backend, FAC_A.username, FAC_A.password);
  return ok(await tv.backend.invoke('groupSessions:get', { sessionId: r.sessionId })).note.altered;
};
async function alteredAuditRows(): Promise<{ target_kind: string; target_id: string; details: string }[]> {
  const db = await openRawDb(tv.dir, world.recoveryKey);
  try {
    return db
      .prepare("SELECT target_kind, target_id, details FROM audit_log WHERE action = 'record.altered' ORDER BY id")
      .all() as {
      target_kind: string;
      target_id: string;
      details: string;
    }[];
  } finally {
    db.close();
  }
}

describe('seals of signed records (issue 10)', () => {
  it('find nothing altered in records changed only through the app', async () => {
    expect(await assessmentAltered()).toBe(false);
    expect(await sessionAltered()).toBe(false);
    expect((await verify()).alteredRecords).toEqual([]);
    expect(await alteredAuditRows()).toEqual([]);
  });

  it('mark a record changed behind the app’s back as altered, on its page and in "verify integrity", audited once', async () => {
    await behindTheAppsBack((db) => {
      // One stroke byte of the assessment's drawing, and the alias on the signed session's grid.
      const { strokes } = db.prepare('SELECT strokes FROM drawings WHERE id = ?').get(r.assessmentDrawingId) as {
        strokes: Buffer;
      };
      strokes[strokes.length - 2] = (strokes[strokes.length - 2]! + 1) % 256;
      db.prepare('UPDATE drawings SET strokes = ? WHERE id = ?').run(strokes, r.assessmentDrawingId);
      db.prepare("UPDATE group_members SET alias = 'Подменён' WHERE id = ?").run(r.memberId);
    });
    expect(await assessmentAltered()).toBe(true);
    expect(await sessionAltered()).toBe(true);
    const first = await verify();
    expect(first.alteredRecords).toEqual([
      { kind: 'assessment', id: r.assessmentId },
      { kind: 'groupSession', id: r.sessionId },
    ]);
    expect(first.firstBrokenId).toBeNull();
    // Shown again and verified again: still altered, audited once each, with ids only.
    expect(await assessmentAltered()).toBe(true);
    expect((await verify()).alteredRecords).toHaveLength(2);
    expect(await alteredAuditRows()).toEqual([
      { target_kind: 'assessment', target_id: r.assessmentId, details: '{}' },
      { target_kind: 'groupSession', target_id: r.sessionId, details: '{}' },
    ]);
  });

  it('notice a signed conclusion, grid line or annotation edited in the database, and a seal removed', async () => {
    await behindTheAppsBack((db) => {
      db.prepare("UPDATE drawing_annotations SET text = 'другое' WHERE id = ?").run(r.sessionAnnotationId);
      db.prepare("DELETE FROM signed_seals WHERE record_kind = 'assessment'").run();
    });
    expect((await verify()).alteredRecords.map((a) => a.kind)).toEqual(['assessment', 'groupSession']);
  });

  it('notice a signature undone in the database: the record is shown as altered, not as an ordinary draft', async () => {
    await behindTheAppsBack((db) => {
      db.prepare(
        "UPDATE assessments SET status = 'draft', signed_by = NULL, signed_name = NULL, signed_at = NULL, scores = NULL WHERE id = ?",
      ).run(r.assessmentId);
    });
    expect((await verify()).alteredRecords).toEqual([{ kind: 'assessment', id: r.assessmentId }]);
    expect(await assessmentAltered()).toBe(true);
    // Signing it again would hide the tampering: refused with its own code, and nothing changes.
    const again = await tv.backend.invoke('assessments:sign', { id: r.assessmentId, password: PSY.password });
    expect(again).toMatchObject({ ok: false, error: { code: 'RECORD_ALTERED' } });
    expect(ok(await tv.backend.invoke('assessments:get', { id: r.assessmentId })).status).toBe('draft');
  });

  it('seals the records signed before the upgrade on first use, once, and audits how many', async () => {
    // As the database looked right after migration 0007: signed records, no seals, the request pending.
    await behindTheAppsBack((db) => {
      db.prepare('DELETE FROM signed_seals').run();
      db.prepare(
        "INSERT INTO settings (key, value) VALUES ('seals.pending', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run();
    });
    expect((await verify()).alteredRecords).toEqual([]);
    const db = await openRawDb(tv.dir, world.recoveryKey);
    try {
      expect(db.prepare('SELECT record_kind FROM signed_seals ORDER BY record_kind').all()).toEqual([
        { record_kind: 'assessment' },
        { record_kind: 'groupSession' },
      ]);
      expect(db.prepare("SELECT details FROM audit_log WHERE action = 'record.sealed'").all()).toEqual([
        { details: JSON.stringify({ assessments: 1, groupSessions: 1 }) },
      ]);
      expect(db.prepare("SELECT 1 FROM settings WHERE key = 'seals.pending'").get()).toBeUndefined();
    } finally {
      db.close();
    }
    expect(await assessmentAltered()).toBe(false);
  });
});
