/**
 * The names of the colours a drawing can hold, in kk, ru and en, for the Drawings area's metrics
 * and for the PDF report: one map, so a colour is called the same on the screen and on paper.
 */
import { INSTRUMENTS } from '../assessments/instruments';
import type { Language } from './format';

/** Graphite: the one colour of the pencil (a soft HB/2B line on white paper). */
export const GRAPHITE_HEX = '#3b3b3b';

/**
 * The pencil's colour is not in any instrument's palette, so its name is given here; the toolbar's
 * i18n key drawing.colours.graphite says the same (tests/unit/common/colourNames.test.ts).
 */
const GRAPHITE_NAME: Record<Language, string> = { kk: 'графит', ru: 'графитовый', en: 'graphite' };

/** Every colour an instrument offers, by hex (lower case), with its name in each language. */
const NAMES = new Map<string, Record<Language, string>>([[GRAPHITE_HEX, GRAPHITE_NAME]]);
for (const instrument of INSTRUMENTS) {
  for (const page of instrument.pages) {
    for (const c of page.palette ?? []) {
      if (!NAMES.has(c.hex)) NAMES.set(c.hex, { kk: c.name.kk.text, ru: c.name.ru.text, en: c.name.en.text });
    }
  }
}

/** The colour's name in the language, or null for a colour no palette names (the caller shows the hex). */
export function colourName(language: Language, hex: string): string | null {
  return NAMES.get(hex.toLowerCase())?.[language] ?? null;
}
