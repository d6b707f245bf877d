import { afterEach, describe, expect, it } from 'vitest';
import { allBytes } from './fsSnapshot';
import { type TestVault, newVault, ok, setUpVault } from './helpers';

let tv: TestVault;
afterEach(async () => tv?.dispose());

const FACILITY = 'Zhanatas Correctional Colony Nine';
const PERSON = { fullName: 'Gulnaraqyzy Bekturganova', username: 'bekturganova' };
// New usernames are Latin only (issue 12); the Cyrillic full name is what must stay off the disk.
const CYRILLIC = { fullName: 'Әлия Қуанышбекқызы', username: 'aliya.kuanysh' };

/** The names as they could appear on disk: UTF-8 and UTF-16 (SQLite can store either). */
function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text.toLowerCase(), 'utf8')];
}

function expectNoFileContains(dir: string, texts: string[]): void {
  const files = allBytes(dir);
  expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['vault.db', 'vault.key']));
  for (const { name, bytes } of files) {
    for (const text of texts) {
      for (const needle of encodings(text)) expect(bytes.includes(needle), `${name} contains "${text}"`).toBe(false);
    }
  }
}

describe('nothing identifying is stored in plaintext', () => {
  it('keeps facility and account names out of every file, while open (with -wal and -shm) and after closing', async () => {
    tv = newVault();
    await setUpVault(tv, { facilityName: FACILITY, admin: { ...PERSON, password: 'Distinctive-Pass-Phrase-90' } });
    ok(
      await tv.backend.invoke('accounts:create', {
        ...CYRILLIC,
        roles: ['psychologist', 'facilitator'],
        language: 'kk',
        temporaryPassword: 'Another-Distinctive-Pass-11',
      }),
    );
    const texts = [
      FACILITY,
      PERSON.fullName,
      PERSON.username,
      CYRILLIC.fullName,
      CYRILLIC.username,
      'psychologist',
      'facilitator',
    ];
    expect(allBytes(tv.dir).map((f) => f.name)).toEqual(expect.arrayContaining(['vault.db-wal', 'vault.db-shm']));
    expectNoFileContains(tv.dir, texts);
    await tv.backend.close();
    expectNoFileContains(tv.dir, texts);
  });
});
