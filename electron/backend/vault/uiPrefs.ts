import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type Language, languageSchema } from '../../contract/schemas';
import { writeFileAtomic } from './atomicFile';

/**
 * The only plaintext preference on disk: which language the screens before sign-in use.
 * It says nothing about the facility or any person.
 */
const uiPrefsSchema = z.object({ language: languageSchema }).strict();
export type UiPrefs = z.infer<typeof uiPrefsSchema>;

/** Reads the preferences, falling back to Russian (the common language of the institutions) when absent or unreadable. */
export function readUiPrefs(path: string): UiPrefs {
  try {
    return uiPrefsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return { language: 'ru' };
  }
}

/** Writes the preferences atomically. */
export function writeUiPrefs(path: string, prefs: UiPrefs): void {
  writeFileAtomic(path, Buffer.from(JSON.stringify(uiPrefsSchema.parse(prefs)), 'utf8'));
}

export type { Language };
