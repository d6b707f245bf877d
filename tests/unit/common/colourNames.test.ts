import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../../assessments/instruments';
import { GRAPHITE_HEX, colourName } from '../../../common/colourNames';
import en from '../../../renderer/i18n/en.json';
import kk from '../../../renderer/i18n/kk.json';
import ru from '../../../renderer/i18n/ru.json';

const LANGUAGES = { kk, ru, en } as const;

describe('colour names', () => {
  it('names graphite as the toolbar does, in every language', () => {
    for (const [language, dictionary] of Object.entries(LANGUAGES) as [keyof typeof LANGUAGES, typeof en][]) {
      expect(colourName(language, GRAPHITE_HEX)).toBe(dictionary.drawing.colours.graphite);
    }
  });

  it('names every palette colour as its instrument does, whatever the case of the hex', () => {
    const colour = INSTRUMENTS.flatMap((i) => i.pages.flatMap((p) => p.palette ?? []))[0]!;
    expect(colourName('kk', colour.hex)).toBe(colour.name.kk.text);
    expect(colourName('ru', colour.hex.toUpperCase())).toBe(colour.name.ru.text);
    expect(colourName('en', colour.hex)).toBe(colour.name.en.text);
  });

  it('has no name for a colour no palette offers', () => {
    expect(colourName('en', '#123456')).toBeNull();
  });
});
