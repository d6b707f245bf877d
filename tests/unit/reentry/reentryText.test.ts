import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_PROFILE_TEXT } from '../../../common/clientProfileText';
import { REENTRY_TEXT } from '../../../common/reentryText';
import { EDUCATION_LEVELS, LITERACY_LEVELS } from '../../../electron/contract/clientChannels';
import { REENTRY_AREAS, REENTRY_STATUSES } from '../../../electron/contract/reentryChannels';

/**
 * The printed plan and the assessment report are made in the backend with their own words (common/); the
 * screens use renderer/i18n. A step, a status or an education level must be named the same on paper as on
 * the screen where it was chosen, in every language.
 */

const LANGS = ['kk', 'ru', 'en'] as const;
const i18n = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../renderer/i18n/${lang}.json`), 'utf8')) as {
    reentry: { areas: Record<string, string>; statuses: Record<string, string>; overdueMark: string };
    clients: { profileFields: Record<string, unknown> };
  };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the re-entry plan’s printed words', () => {
  it.each(LANGS)('names every area and status as the screen does (%s)', (lang) => {
    const screen = i18n(lang).reentry;
    for (const area of REENTRY_AREAS) expect(REENTRY_TEXT[lang].areas[area]).toBe(screen.areas[area]);
    for (const status of REENTRY_STATUSES) expect(REENTRY_TEXT[lang].statuses[status]).toBe(screen.statuses[status]);
    expect(REENTRY_TEXT[lang].overdue).toBe(screen.overdueMark);
  });

  it('has the same {placeholders} in every language, and no text left empty', () => {
    const en = REENTRY_TEXT.en;
    for (const lang of LANGS) {
      for (const [key, value] of Object.entries(REENTRY_TEXT[lang])) {
        if (typeof value !== 'string') continue;
        expect(value.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(value), `${lang}.${key}`).toEqual(placeholders(en[key as keyof typeof en] as string));
      }
    }
  });

  it.each(LANGS)('names education and literacy levels in the report as the profile screen does (%s)', (lang) => {
    const screen = i18n(lang).clients.profileFields as {
      educationLevels: Record<string, string>;
      literacyLevels: Record<string, string>;
      readAloudYes: string;
      readAloudNo: string;
    };
    for (const level of EDUCATION_LEVELS)
      expect(CLIENT_PROFILE_TEXT[lang].educationLevels[level]).toBe(screen.educationLevels[level]);
    for (const level of LITERACY_LEVELS)
      expect(CLIENT_PROFILE_TEXT[lang].literacyLevels[level]).toBe(screen.literacyLevels[level]);
    expect([CLIENT_PROFILE_TEXT[lang].readAloudYes, CLIENT_PROFILE_TEXT[lang].readAloudNo]).toEqual([
      screen.readAloudYes,
      screen.readAloudNo,
    ]);
  });
});
