import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, LANGUAGES, loadInstrument, scaleRange } from '../../../assessments/instruments';
import { dapr } from '../../../assessments/instruments/definitions/dapr';
import { freeDrawing } from '../../../assessments/instruments/definitions/freeDrawing';
import { gad7 } from '../../../assessments/instruments/definitions/gad7';
import { htp } from '../../../assessments/instruments/definitions/htp';
import { k10 } from '../../../assessments/instruments/definitions/k10';
import { kfd } from '../../../assessments/instruments/definitions/kfd';
import { nonExistentAnimal } from '../../../assessments/instruments/definitions/nonExistentAnimal';
import { phq9 } from '../../../assessments/instruments/definitions/phq9';
import { ppat } from '../../../assessments/instruments/definitions/ppat';
import { rses } from '../../../assessments/instruments/definitions/rses';
import { walkLocalized } from './helpers';

const RAW = [htp, nonExistentAnimal, dapr, kfd, ppat, freeDrawing, phq9, gad7, rses, k10];

describe('instrument definitions', () => {
  it.each(RAW.map((d) => [d.id, d] as const))('%s passes loadInstrument', (_, def) => {
    expect(() => loadInstrument(def)).not.toThrow();
  });

  it('holds exactly the instruments INSTRUMENTS.md asks for, and no ORS, SRS or GSRS', () => {
    expect(INSTRUMENTS.map((i) => i.id).sort()).toEqual(
      ['dapr', 'freeDrawing', 'gad7', 'htp', 'k10', 'kfd', 'nonExistentAnimal', 'phq9', 'ppat', 'rses'].sort(),
    );
    for (const i of INSTRUMENTS) expect(i.code).not.toMatch(/^(ORS|SRS|GSRS)$/);
  });

  describe.each(INSTRUMENTS.map((i) => [i.id, i] as const))('%s translations', (_, def) => {
    const texts: { path: string; text: Record<string, unknown> }[] = [];
    walkLocalized(def, (text, path) => texts.push({ path, text }));

    it('has localized texts to check', () => {
      expect(texts.length).toBeGreaterThan(3);
    });

    it('has a non-empty text and a status in every language of every localized text', () => {
      const problems: string[] = [];
      for (const { path, text } of texts) {
        for (const lang of LANGUAGES) {
          const entry = text[lang] as { text?: unknown; status?: unknown } | undefined;
          if (!entry || typeof entry.text !== 'string' || entry.text.trim() === '')
            problems.push(`${path}.${lang}: missing or empty`);
          else if (entry.status !== 'validated' && entry.status !== 'working') problems.push(`${path}.${lang}: no status`);
        }
        for (const key of Object.keys(text))
          if (!(LANGUAGES as readonly string[]).includes(key)) problems.push(`${path}: stray key ${key}`);
      }
      expect(problems).toEqual([]);
    });

    it('marks every Kazakh text as a working translation (no validated Kazakh version exists)', () => {
      const validatedKk = texts.filter(({ text }) => (text.kk as { status: string }).status !== 'working').map((t) => t.path);
      expect(validatedKk).toEqual([]);
    });

    it('has no placeholder copied from English into Kazakh or Russian', () => {
      const copied = texts
        .filter(({ text }) => {
          const en = (text.en as { text: string }).text;
          const same = (l: string) => (text[l] as { text: string }).text === en;
          return en.length > 12 && (same('kk') || same('ru'));
        })
        .map((t) => t.path);
      expect(copied).toEqual([]);
    });
  });

  it('marks English validated only for the public-domain PHQ-9 and GAD-7', () => {
    for (const def of INSTRUMENTS) {
      let validated = 0;
      walkLocalized(def, (text) => {
        if ((text.en as { status: string }).status === 'validated') validated++;
        expect((text.ru as { status: string }).status).toBe('working');
      });
      if (def.id === 'phq9' || def.id === 'gad7') expect(validated).toBeGreaterThan(0);
      else expect(validated, def.id).toBe(0);
    }
  });

  it('cites at least one source and a licence note on every instrument', () => {
    for (const def of INSTRUMENTS) {
      expect(def.sources.length, def.id).toBeGreaterThan(0);
      expect(def.licence.note.en.text.length, def.id).toBeGreaterThan(0);
    }
  });

  it('gives drawing protocols no bands and no flags, so a drawing never yields a label', () => {
    for (const def of INSTRUMENTS.filter((i) => i.kind === 'drawing')) {
      expect(def.flags, def.id).toEqual([]);
      for (const s of def.scales) expect(s.bands, `${def.id}.${s.id}`).toEqual([]);
      expect(def.pages.length, def.id).toBeGreaterThan(0);
    }
  });

  it('labels every possible questionnaire total with exactly one band', () => {
    for (const def of INSTRUMENTS.filter((i) => i.kind === 'questionnaire')) {
      for (const scale of def.scales) {
        const range = scaleRange(def, scale);
        if (!range) throw new Error(`${def.id}.${scale.id} has no range`);
        for (let v = range.min; v <= range.max; v++) {
          expect(scale.bands.filter((b) => v >= b.min && v <= b.max).length, `${def.id} total ${v}`).toBe(1);
        }
      }
    }
  });

  it('shows "© WHO 2003" with the K10', () => {
    expect(INSTRUMENTS.find((i) => i.id === 'k10')?.copyright).toBe('© WHO 2003');
  });

  it('freezes loaded definitions so the catalogue cannot be changed at run time', () => {
    const def = INSTRUMENTS[0];
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def?.sections[0]?.items[0])).toBe(true);
  });
});
