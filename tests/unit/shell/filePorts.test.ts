import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type SystemDialogs, filePorts } from '../../../electron/backend/shell/filePorts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-ports-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Dialogs that record what they were asked and answer what the test says. */
function dialogs(answer: { open?: string[] | null; save?: string | null }) {
  const asked: { open: Parameters<SystemDialogs['open']>[0][]; save: Parameters<SystemDialogs['save']>[0][] } = {
    open: [],
    save: [],
  };
  const system: SystemDialogs = {
    open: async (request) => (asked.open.push(request), answer.open ?? null),
    save: async (request) => (asked.save.push(request), answer.save ?? null),
  };
  return { system, asked };
}

describe('the file ports over the system dialogs', () => {
  it('saves where the person chose, whole, offering the file’s own kind in the documents folder', async () => {
    const dir = tempDir();
    const target = join(dir, 'chosen.kenesbundle');
    const { system, asked } = dialogs({ save: target });
    const result = await filePorts(system, '/home/me/Documents').saveFile('kenes-bundle-a.kenesbundle', Buffer.from('abc'));
    expect(result).toEqual({ saved: true, location: target });
    expect(readFileSync(target, 'utf8')).toBe('abc');
    expect(readdirSync(dir)).toEqual(['chosen.kenesbundle']);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(asked.save).toEqual([
      {
        defaultPath: join('/home/me/Documents', 'kenes-bundle-a.kenesbundle'),
        filters: [{ name: 'KENESBUNDLE', extensions: ['kenesbundle'] }],
      },
    ]);
  });

  it('writes nothing when the person cancels', async () => {
    const dir = tempDir();
    const { system } = dialogs({ save: null });
    expect(await filePorts(system, dir).saveFile('report.pdf', Buffer.from('x'))).toEqual({ saved: false });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces a file the person chose to overwrite, leaving no temporary file beside it', async () => {
    const dir = tempDir();
    const target = join(dir, 'list.csv');
    const { system } = dialogs({ save: target });
    const ports = filePorts(system, dir);
    await ports.saveFile('list.csv', Buffer.from('old'));
    await ports.saveFile('list.csv', Buffer.from('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['list.csv']);
  });

  it('asks for a folder, a backup file or files of one kind, and answers null when cancelled', async () => {
    const picked = dialogs({ open: ['/a', '/b'] });
    const ports = filePorts(picked.system, '/docs');
    expect(await ports.pickFolder()).toBe('/a');
    expect(await ports.pickBackupFile()).toBe('/a');
    expect(await ports.pickFiles({ name: 'CSV', extensions: ['csv'], multiple: true })).toEqual(['/a', '/b']);
    expect(picked.asked.open).toEqual([
      { folder: true, multiple: false, filters: [] },
      { folder: false, multiple: false, filters: [{ name: 'Kenes (.kbak)', extensions: ['kbak'] }] },
      { folder: false, multiple: true, filters: [{ name: 'CSV', extensions: ['csv'] }] },
    ]);
    const cancelled = filePorts(dialogs({ open: null }).system, '/docs');
    expect(await cancelled.pickFolder()).toBeNull();
    expect(await cancelled.pickFiles({ name: 'CSV', extensions: ['csv'], multiple: false })).toBeNull();
    expect(
      await filePorts(dialogs({ open: [] }).system, '/docs').pickFiles({ name: 'X', extensions: ['x'], multiple: true }),
    ).toBeNull();
  });
});
