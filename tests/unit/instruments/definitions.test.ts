import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, LANGUAGES, loadInstrument, scaleRange } from '../../../assessments/instruments';
import { audit } from '../../../assessments/instruments/definitions/audit';
import { dapr } from '../../../assessments/instruments/definitions/dapr';
import { freeDrawing } from '../../../assessments/instruments/definitions/freeDrawing';
import { gad7 } from '../../../assessments/instruments/definitions/gad7';
import { htp } from '../../../assessments/instruments/definitions/htp';
import { k10 } from '../../../assessments/instruments/definitions/k10';
import { kfd } from '../../../assessments/instruments/definitions/kfd';
import { nonExistentAnimal } from '../../../assessments/instruments/definitions/nonExistentAnimal';
import { pcl5 } from '../../../assessments/instruments/definitions/pcl5';
import { phq9 } from '../../../assessments/instruments/definitions/phq9';
import { ppat } from '../../../assessments/instruments/definitions/ppat';
import { rses } from '../../../assessments/instruments/definitions/rses';
import { walkLocalized } from './helpers';

const RAW = [htp, nonExistentAnimal, dapr, kfd, ppat, freeDrawing, phq9, gad7, rses, k10, audit, pcl5];

describe('instrument definitions', () => {
  it.each(RAW.map((d) => [d.id, d] as const))('%s passes loadInstrument', (_, def) => {
    expect(() => loadInstrument(def)).not.toThrow();
  });

  it('holds exactly the instruments INSTRUMENTS.md asks for, and no ORS, SRS or GSRS', () => {
    expect(INSTRUMENTS.map((i) => i.id).sort()).toEqual(
      ['audit', 'dapr', 'freeDrawing', 'gad7', 'htp', 'k10', 'kfd', 'nonExistentAnimal', 'pcl5', 'phq9', 'ppat', 'rses'].sort(),
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

  it('marks a language validated only where the definition cites a published text for it (issue 13 §1)', () => {
    const validatedIn = (lang: 'ru' | 'en') =>
      INSTRUMENTS.filter((d) => d.wordingSources[lang].status === 'validated')
        .map((d) => d.id)
        .sort();
    // English originals of every questionnaire; Russian only where an official translation was found.
    expect(validatedIn('en')).toEqual(['audit', 'gad7', 'k10', 'pcl5', 'phq9', 'rses']);
    expect(validatedIn('ru')).toEqual(['gad7', 'phq9']);
    for (const def of INSTRUMENTS) {
      for (const lang of LANGUAGES) {
        let validated = 0;
        walkLocalized(def, (text) => {
          if ((text[lang] as { status: string }).status === 'validated') validated++;
        });
        // A working source never hides a validated text, and a validated one has validated texts to show.
        if (def.wordingSources[lang].status === 'working') expect(validated, `${def.id}.${lang}`).toBe(0);
        else expect(validated, `${def.id}.${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('cites the source of the wording in every language and of the bands of every banded scale', () => {
    for (const def of INSTRUMENTS) {
      for (const lang of LANGUAGES) expect(def.wordingSources[lang].citation.length, `${def.id}.${lang}`).toBeGreaterThan(20);
      for (const s of def.scales) if (s.bands.length > 0) expect(s.bandSource?.length, `${def.id}.${s.id}`).toBeGreaterThan(20);
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

  it('puts every possible questionnaire total in exactly one band or one declared no-band range', () => {
    for (const def of INSTRUMENTS.filter((i) => i.kind === 'questionnaire')) {
      for (const scale of def.scales) {
        const range = scaleRange(def, scale);
        if (!range) throw new Error(`${def.id}.${scale.id} has no range`);
        for (let v = range.min; v <= range.max; v++) {
          const hits = [...scale.bands, ...scale.noBand].filter((b) => v >= b.min && v <= b.max).length;
          expect(hits, `${def.id} total ${v}`).toBe(1);
        }
      }
    }
  });

  it('shows the licence notices the issue asks for: © World Health Organization 2003 with the K10, © Pfizer with PHQ-9 and GAD-7', () => {
    const k10 = INSTRUMENTS.find((i) => i.id === 'k10');
    expect(k10?.copyright).toBe('© World Health Organization 2003');
    expect(k10?.sources.map((s) => s.citation).join(' ')).toMatch(/Archives of General Psychiatry, 60\(2\), 184–189/);
    for (const id of ['phq9', 'gad7']) {
      const def = INSTRUMENTS.find((i) => i.id === id);
      expect(def?.copyright).toBe('© Pfizer Inc.');
      expect(def?.licence.kind).toBe('copyrightedFreeToUse');
      expect(def?.licence.note.en.text).toMatch(/^Free to use/);
    }
  });

  it('has no invented band: RSES 26–30 and PCL-5 below 31 have none', () => {
    const rses = INSTRUMENTS.find((i) => i.id === 'rses')?.scales[0];
    expect(rses?.bands.some((b) => b.max > 25)).toBe(false);
    expect(rses?.noBand).toEqual([{ min: 26, max: 30 }]);
    const pcl5 = INSTRUMENTS.find((i) => i.id === 'pcl5')?.scales[0];
    expect(pcl5?.noBand).toEqual([{ min: 0, max: 30 }]);
  });

  it('freezes loaded definitions so the catalogue cannot be changed at run time', () => {
    const def = INSTRUMENTS[0];
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def?.sections[0]?.items[0])).toBe(true);
  });
});
