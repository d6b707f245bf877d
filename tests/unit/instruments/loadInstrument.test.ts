import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionError, loadInstrument, type InstrumentInput } from '../../../assessments/instruments';
import { dapr } from '../../../assessments/instruments/definitions/dapr';
import { phq9 } from '../../../assessments/instruments/definitions/phq9';
import { ownWordingSources } from '../../../assessments/instruments/definitions/text';

const OWN_WORDING = ownWordingSources('a test fixture');

const t = (s: string) =>
  ({ kk: { text: s, status: 'working' }, ru: { text: s, status: 'working' }, en: { text: s, status: 'working' } }) as const;

/** A small valid questionnaire to break in one place at a time. */
function tiny(): InstrumentInput {
  return {
    id: 'tiny',
    version: '1.0.0',
    kind: 'questionnaire',
    code: 'T',
    name: t('Tiny'),
    instructions: t('Answer'),
    sources: [{ citation: 'Test' }],
    wordingSources: OWN_WORDING,
    licence: { kind: 'publicDomain', note: t('Free') },
    responseScales: [
      {
        id: 'yn',
        options: [
          { value: 0, label: t('No') },
          { value: 1, label: t('Yes') },
        ],
      },
    ],
    sections: [
      {
        id: 's',
        title: t('S'),
        items: [
          { id: 'a', kind: 'response', label: t('A'), responseScale: 'yn' },
          { id: 'b', kind: 'response', label: t('B'), responseScale: 'yn' },
        ],
      },
    ],
    scales: [
      {
        id: 'total',
        name: t('Total'),
        method: 'sum',
        items: [{ itemId: 'a' }, { itemId: 'b' }],
        missing: 'none-missing',
        bands: [
          { min: 0, max: 0, label: t('Zero') },
          { min: 1, max: 2, label: t('Some') },
        ],
        bandSource: 'Test fixture: bands 0 and 1–2, as a source would publish them.',
      },
    ],
  };
}

function problemsOf(def: unknown): readonly string[] {
  try {
    loadInstrument(def);
  } catch (e) {
    if (e instanceof InstrumentDefinitionError) return e.problems;
    throw e;
  }
  return [];
}

describe('loadInstrument', () => {
  it('accepts a small valid definition and fills defaults', () => {
    const def = loadInstrument(tiny());
    expect(def.flags).toEqual([]);
    expect(def.scales[0]?.method === 'sum' && def.scales[0].items[0]).toEqual({ itemId: 'a', weight: 1, reversed: false });
  });

  it('refuses a text missing in one language, naming where', () => {
    const def = tiny();
    (def.name as { kk?: unknown }).kk = undefined;
    expect(problemsOf(def).join('\n')).toMatch(/name\.kk/);
  });

  it('refuses an empty translation', () => {
    const def = tiny();
    def.instructions = { ...t('x'), ru: { text: '   ', status: 'working' } };
    expect(problemsOf(def).join('\n')).toMatch(/instructions\.ru\.text: text is empty/);
  });

  it('refuses a misspelt key instead of ignoring it', () => {
    const def = tiny() as unknown as { scales: Record<string, unknown>[] };
    (def.scales[0]!.items as Record<string, unknown>[])[0] = { itemId: 'a', revesed: true };
    expect(problemsOf(def).join('\n')).toMatch(/revesed/);
  });

  it('refuses a version that is not semver', () => {
    expect(problemsOf({ ...tiny(), version: '1.0' }).join('\n')).toMatch(/semver/);
  });

  it('lists every broken reference at once, in one readable error', () => {
    const def = tiny();
    def.scales = [
      { id: 'total', name: t('T'), method: 'sum', items: [{ itemId: 'a' }, { itemId: 'ghost' }], missing: 'none-missing' },
    ];
    def.flags = [
      { id: 'f', itemId: 'nobody', operator: '>', value: 0, severity: 'safety', requiresAcknowledgement: true, message: t('!') },
    ];
    def.skipRules = [{ itemId: 'b', when: { itemId: 'missingToo', equals: 0 }, scoreAs: 0, source: 'x' }];
    const problems = problemsOf(def);
    expect(problems).toEqual(
      expect.arrayContaining([
        'scale "total": unknown item "ghost"',
        'flag "f": unknown item "nobody"',
        'skip rule for "b": unknown item "missingToo"',
      ]),
    );
    expect(() => loadInstrument(def)).toThrow(/Instrument definition "tiny" is invalid:\n {2}- /);
  });

  it('refuses questionnaire bands that leave a gap, overlap or miss the ends of the range', () => {
    const withBands = (bands: [number, number][]) => {
      const def = tiny();
      def.scales = [
        {
          id: 'total',
          name: t('T'),
          method: 'sum',
          items: [{ itemId: 'a' }, { itemId: 'b' }],
          missing: 'none-missing',
          bands: bands.map(([min, max]) => ({ min, max, label: t('b') })),
          bandSource: 'Test fixture bands.',
        },
      ];
      return problemsOf(def).join('\n');
    };
    expect(
      withBands([
        [0, 0],
        [2, 2],
      ]),
    ).toMatch(/gap between bands 0 and 2/);
    expect(
      withBands([
        [0, 1],
        [1, 2],
      ]),
    ).toMatch(/overlaps/);
    expect(withBands([[0, 1]])).toMatch(/must span the scale's range 0–2/);
    expect(
      withBands([
        [0, 0],
        [1, 2],
      ]),
    ).toBe('');
  });

  it('refuses interpretation bands or flags on a drawing protocol', () => {
    const def = structuredClone(dapr);
    const stress = def.scales?.[0];
    if (stress) stress.bands = [{ min: 0, max: 7, label: t('high stress') }];
    def.flags = [
      {
        id: 'f',
        itemId: 'stress_clouds',
        operator: '>',
        value: 0,
        severity: 'safety',
        requiresAcknowledgement: true,
        message: t('!'),
      },
    ];
    const problems = problemsOf(def).join('\n');
    expect(problems).toMatch(/drawing scales are descriptive and may not have interpretation bands/);
    expect(problems).toMatch(/may not raise flags/);
  });

  it('refuses a metric suggestion whose value the item cannot take', () => {
    const def = structuredClone(dapr);
    def.metricSuggestions = [
      {
        metric: 'pageCoverage',
        pageId: 'rain',
        itemId: 'stress_clouds',
        mapping: { kind: 'thresholds', steps: [{ below: 0.5, value: 'maybe' }], otherwise: true },
        rationale: t('x'),
      },
      { metric: 'pageCoverage', pageId: 'nowhere', itemId: 'ghost', mapping: { kind: 'value' }, rationale: t('x') },
    ];
    const problems = problemsOf(def).join('\n');
    expect(problems).toMatch(/"maybe" is not a valid answer/);
    expect(problems).toMatch(/unknown page "nowhere"/);
    expect(problems).toMatch(/unknown item/);
  });

  it('refuses duplicate item ids, and a rating without anchors at both ends', () => {
    const def = structuredClone(phq9);
    const section = def.sections[0]!;
    section.items.push({
      id: 'q1',
      kind: 'rating',
      label: t('again'),
      min: 0,
      max: 3,
      anchors: [
        { value: 0, label: t('0') },
        { value: 2, label: t('2') },
      ],
    });
    const problems = problemsOf(def).join('\n');
    expect(problems).toMatch(/duplicate item or inquiry question id "q1"/);
    expect(problems).toMatch(/both ends of the rating need an anchor/);
  });

  it('refuses a coloured tool without a palette', () => {
    const def = structuredClone(dapr);
    delete def.pages![0]!.palette;
    expect(problemsOf(def).join('\n')).toMatch(/coloured tools need a palette/);
  });
});
