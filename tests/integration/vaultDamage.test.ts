// Issue 10, section 2: a damaged or missing vault file is reported precisely, in the person's language, and
// nothing in the data folder changes, whatever the person tries (status, sign-in, recovery, set-up).
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/openBackend';
import { ERROR_CODES } from '../../electron/contract/errors';
import { VAULT_PROBLEMS } from '../../electron/contract/schemas';
import en from '../../renderer/i18n/en.json';
import kk from '../../renderer/i18n/kk.json';
import ru from '../../renderer/i18n/ru.json';
import { ADMIN, FACILITY, FAST_KDF, fails, ok } from './helpers';
import { type FaultFolder, closedVault, openDatabaseHandles, vaultSnapshot } from './vaultFaults';

const folders: FaultFolder[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) f.dispose();
});

async function vault(): Promise<FaultFolder> {
  const f = await closedVault();
  folders.push(f);
  return f;
}

function flipByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
  writeFileSync(path, bytes);
}

const both = (dir: string) => [join(dir, 'vault.key'), join(dir, 'vault.key.2')];
const editBoth = (dir: string, edit: (text: string) => string) => {
  for (const p of both(dir)) writeFileSync(p, edit(readFileSync(p, 'utf8')));
};

type Fault = {
  name: string;
  damage(dir: string): void | Promise<void>;
  code: (typeof VAULT_PROBLEMS)[number];
  /** Found only once the key is known (at sign-in): the status names it after the attempt. */
  needsKey?: boolean;
  pages?: (dir: string) => number[];
};

const lastPage = (dir: string) => statSync(join(dir, 'vault.db')).size / 4096;

const FAULTS: Fault[] = [
  { name: 'both key file copies deleted', damage: (dir) => both(dir).forEach((p) => rmSync(p)), code: 'KEY_FILE_MISSING' },
  {
    name: 'both key file copies truncated to 0 bytes',
    damage: (dir) => both(dir).forEach((p) => truncateSync(p, 0)),
    code: 'KEY_FILE_UNREADABLE',
  },
  {
    name: 'both key file copies with broken JSON',
    damage: (dir) => editBoth(dir, (t) => t.replaceAll('"', "'")),
    code: 'KEY_FILE_UNREADABLE',
  },
  {
    name: 'both key file copies with broken base64 in every wrap',
    damage: (dir) => editBoth(dir, (t) => t.replaceAll('"ciphertext":"', '"ciphertext":"!')),
    code: 'KEY_FILE_UNREADABLE',
  },
  {
    name: 'a key file from a newer version',
    damage: (dir) => editBoth(dir, (t) => t.replace('{"format": 3,', '{"format": 4,')),
    code: 'KEY_FILE_NEWER',
  },
  { name: 'vault.db deleted', damage: (dir) => rmSync(join(dir, 'vault.db')), code: 'DATABASE_MISSING' },
  { name: 'vault.db truncated to 0 bytes', damage: (dir) => truncateSync(join(dir, 'vault.db'), 0), code: 'DATABASE_EMPTY' },
  {
    name: 'vault.db cut in the middle of a page',
    damage: (dir) => truncateSync(join(dir, 'vault.db'), statSync(join(dir, 'vault.db')).size - 1000),
    code: 'DATABASE_DAMAGED',
  },
  {
    name: 'vault.db replaced by a plain SQLite database',
    damage: (dir) => {
      rmSync(join(dir, 'vault.db'));
      const plain = new Database(join(dir, 'vault.db'));
      plain.exec('CREATE TABLE t(x); INSERT INTO t VALUES (1)');
      plain.close();
    },
    code: 'DATABASE_NOT_KENES',
  },
  {
    name: 'vault.db from another installation',
    damage: async (dir) => {
      const other = await closedVault();
      writeFileSync(join(dir, 'vault.db'), readFileSync(join(other.dir, 'vault.db')));
      other.dispose();
    },
    code: 'DATABASE_NOT_KENES',
    needsKey: true,
  },
  {
    name: 'vault.db with a damaged first page',
    damage: (dir) => flipByte(join(dir, 'vault.db'), 100),
    code: 'DATABASE_DAMAGED',
    needsKey: true,
    pages: () => [1],
  },
  {
    name: 'vault.db with a damaged last page',
    damage: (dir) => flipByte(join(dir, 'vault.db'), statSync(join(dir, 'vault.db')).size - 4096 + 200),
    code: 'DATABASE_DAMAGED',
    needsKey: true,
    pages: (dir) => [lastPage(dir)],
  },
];

describe('a damaged data folder', () => {
  for (const fault of FAULTS) {
    it(`${fault.name}: answers ${fault.code}, offers no set-up, and leaves every file byte-identical`, async () => {
      const f = await vault();
      await fault.damage(f.dir);
      const backend = f.open();
      const before = vaultSnapshot(f.dir);
      const pages = fault.pages?.(f.dir);

      const first = ok(await backend.invoke('vault:status', {}));
      if (!fault.needsKey) expect(first).toMatchObject({ state: 'unavailable', problem: { code: fault.code, dataDir: f.dir } });

      const signIn = fails(
        await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }),
        fault.code,
      );
      if (pages) expect(signIn.details?.pages).toEqual(pages);
      // The status now names the problem the sign-in found, pages included, and keeps naming it.
      const status = ok(await backend.invoke('vault:status', {}));
      expect(status.state).toBe('unavailable');
      expect(status.problem).toEqual({ code: fault.code, dataDir: f.dir, ...(pages ? { pages } : {}) });
      fails(await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }), fault.code);
      fails(await backend.invoke('auth:signIn', { username: ADMIN.username, password: 'a-wrong-password' }), fault.code);
      fails(
        await backend.invoke('vault:recover', {
          recoveryKey: f.recoveryKey,
          username: ADMIN.username,
          newPassword: 'Brand-New-Steppe-Pass-77',
        }),
        fault.code,
      );
      const setup = fails(
        await backend.invoke('vault:setup', { language: 'kk', facilityName: FACILITY, admin: ADMIN }),
        'VAULT_EXISTS',
      );
      expect(setup.details?.reasons?.length).toBeGreaterThan(0);

      expect(openDatabaseHandles(f.dir)).toBe(0);
      expect(vaultSnapshot(f.dir)).toEqual(before);
      await backend.close();
      expect(vaultSnapshot(f.dir)).toEqual(before);
    });
  }

  it('refuses set-up over a stray vault file and names it, leaving it as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kenes-stray-'));
    const backend = openBackend({ dataDir: dir, kdfCost: FAST_KDF, idleCheckMs: 0, log: () => undefined });
    try {
      writeFileSync(join(dir, 'vault.db-wal'), 'left by a crash');
      const before = vaultSnapshot(dir);
      expect(ok(await backend.invoke('vault:status', {}))).toMatchObject({
        state: 'unavailable',
        problem: { code: 'KEY_FILE_MISSING' },
      });
      const error = fails(
        await backend.invoke('vault:setup', { language: 'ru', facilityName: FACILITY, admin: ADMIN }),
        'VAULT_EXISTS',
      );
      expect(error.details?.reasons).toEqual(['vault.db-wal']);
      expect(vaultSnapshot(dir)).toEqual(before);
    } finally {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses recovery on a damaged database before adding anything to the key file', async () => {
    const f = await vault();
    flipByte(join(f.dir, 'vault.db'), statSync(join(f.dir, 'vault.db')).size - 4096 + 200);
    const backend = f.open();
    const before = vaultSnapshot(f.dir);
    const error = fails(
      await backend.invoke('vault:recover', {
        recoveryKey: f.recoveryKey,
        username: ADMIN.username,
        newPassword: 'Brand-New-Steppe-Pass-77',
      }),
      'DATABASE_DAMAGED',
    );
    expect(error.details?.pages).toEqual([lastPage(f.dir)]);
    expect(openDatabaseHandles(f.dir)).toBe(0);
    await backend.close();
    expect(vaultSnapshot(f.dir)).toEqual(before);
  });

  it('opens again, with nothing lost, once the damaged file is replaced by its copy', async () => {
    const f = await vault();
    const good = readFileSync(join(f.dir, 'vault.db'));
    flipByte(join(f.dir, 'vault.db'), 100);
    const backend = f.open();
    fails(await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }), 'DATABASE_DAMAGED');
    writeFileSync(join(f.dir, 'vault.db'), good);
    expect(ok(await backend.invoke('vault:status', {})).state).toBe('signed-out');
    const session = ok(await backend.invoke('auth:signIn', { username: ADMIN.username, password: ADMIN.password }));
    expect(session.facilityName).toBe(`${FACILITY} 59`);
    await backend.close();
  });

  it('has a message for every problem in Kazakh, Russian and English', () => {
    for (const code of VAULT_PROBLEMS) {
      expect(ERROR_CODES).toContain(code);
      const texts = [kk, ru, en].map((dict) => {
        const d = dict as unknown as {
          errors: Record<string, string>;
          vaultProblem: Record<string, { title: string; what: string; todo: string } | undefined>;
        };
        return [d.errors[code], d.vaultProblem[code]?.title, d.vaultProblem[code]?.what, d.vaultProblem[code]?.todo];
      });
      for (const t of texts.flat()) expect(t, code).toMatch(/\S/);
      // Each language says it in its own words.
      expect(new Set(texts.map((t) => t[2])).size, code).toBe(3);
    }
  });
});

describe('showing the data folder', () => {
  it('opens the folder in the file manager only while it cannot be used, and changes nothing', async () => {
    const f = await vault();
    const shown: string[] = [];
    const openFolder = async (path: string) => (shown.push(path), true);
    const healthy = openBackend({ dataDir: f.dir, kdfCost: FAST_KDF, idleCheckMs: 0, log: () => undefined, openFolder });
    fails(await healthy.invoke('vault:openDataFolder', {}), 'FORBIDDEN');
    await healthy.close();
    rmSync(join(f.dir, 'vault.key'));
    rmSync(join(f.dir, 'vault.key.2'));
    const before = vaultSnapshot(f.dir);
    const damaged = openBackend({ dataDir: f.dir, kdfCost: FAST_KDF, idleCheckMs: 0, log: () => undefined, openFolder });
    ok(await damaged.invoke('vault:openDataFolder', {}));
    expect(shown).toEqual([f.dir]);
    await damaged.close();
    const withoutPort = openBackend({ dataDir: f.dir, kdfCost: FAST_KDF, idleCheckMs: 0, log: () => undefined });
    fails(await withoutPort.invoke('vault:openDataFolder', {}), 'FOLDER_NOT_OPENED');
    await withoutPort.close();
    expect(vaultSnapshot(f.dir)).toEqual(before);
  });
});
