import { describe, expect, it } from 'vitest';
import { type Instrument, score, suggestFromMetrics } from '../../../assessments/instruments';
import { instrument } from './helpers';

/** Every indicator observed absent, as a psychologist records it (one click a section: "rest absent"). */
const allAbsent = (def: Instrument): Record<string, boolean> =>
  Object.fromEntries(def.sections.flatMap((s) => s.items.filter((i) => i.kind === 'indicator').map((i) => [i.id, false])));

describe('Draw-a-Person-in-the-Rain', () => {
  const dapr = instrument('dapr');

  it('counts stress and resources and gives coping = resources − stress on a worked example', () => {
    // Heavy rain, clouds, puddles and rain on the person (4 stress); umbrella and boots (2 resources).
    const answers = {
      ...allAbsent(dapr),
      stress_heavyRain: true,
      stress_clouds: true,
      stress_puddles: true,
      stress_rainOnPerson: true,
      resource_umbrella: true,
      resource_boots: true,
    };
    const { scales } = score(dapr, answers);
    expect(scales.stress?.value).toBe(4);
    expect(scales.resources?.value).toBe(2);
    expect(scales.coping?.value).toBe(-2);
  });

  it('gives descriptive counts with no band or label', () => {
    const { scales } = score(dapr, { ...allAbsent(dapr), resource_umbrella: true });
    expect(Object.values(scales).map((s) => s.band)).toEqual([null, null, null]);
    expect(scales.coping?.value).toBe(1);
  });

  it('leaves coping uncomputed, with a note, while a stress indicator is unanswered', () => {
    const answers: Record<string, boolean> = { ...allAbsent(dapr) };
    delete answers.stress_wind;
    const result = score(dapr, answers);
    expect(result.scales.stress?.value).toBeNull();
    expect(result.scales.coping).toEqual({ value: null, band: null, missing: ['stress_wind'], prorated: false });
    expect(result.notes).toContainEqual({ code: 'dependencyNotComputed', scaleId: 'coping', params: { scaleIds: ['stress'] } });
  });
});

describe('PPAT', () => {
  const ppat = instrument('ppat');
  const ratings = ppat.sections.flatMap((s) => s.items).filter((i) => i.kind === 'rating');

  it('has exactly 14 formal-element ratings, each 0–5 with an anchor on every point', () => {
    expect(ratings).toHaveLength(14);
    for (const item of ratings) {
      expect(item.kind === 'rating' && [item.min, item.max]).toEqual([0, 5]);
      expect(item.kind === 'rating' && item.anchors.map((a) => a.value)).toEqual([0, 1, 2, 3, 4, 5]);
    }
    expect(ratings.map((i) => i.label.en.text)).toEqual([
      'Prominence of Colour',
      'Colour Fit',
      'Implied Energy',
      'Space',
      'Integration',
      'Logic',
      'Realism',
      'Problem-Solving',
      'Developmental Level',
      'Details of Objects and Environment',
      'Line Quality',
      'Person',
      'Rotation',
      'Perseveration',
    ]);
  });

  it('offers the 12 PPAT marker colours on a 12×18 in sheet the client may turn, markers only, nothing taken back', () => {
    const page = ppat.pages[0];
    expect(page?.palette?.map((c) => c.name.en.text)).toEqual([
      'black',
      'brown',
      'yellow',
      'orange',
      'red',
      'purple',
      'magenta',
      'hot pink',
      'turquoise',
      'blue',
      'green',
      'dark green',
    ]);
    // The sheet may be turned (docs/INSTRUMENTS.md): the orientation is chosen and recorded with the drawing.
    expect([page?.orientation, page?.paper, page?.tools, page?.actions]).toEqual(['either', '12x18in', ['marker'], []]);
  });

  it('suggests Space, Prominence of Colour and Implied Energy from metrics, and nothing else', () => {
    expect([...new Set(ppat.metricSuggestions.map((s) => s.itemId))].sort()).toEqual([
      'impliedEnergy',
      'prominenceOfColour',
      'space',
    ]);
    const suggestions = suggestFromMetrics(ppat, {
      apple: { drawingExtentShare: 0.7, colourFilledShare: 0.9, totalInkLength: 60_000, pressureMean: null },
    });
    // Space 0.7 of the sheet: nearer three quarters (4) than half (3). Ink coverage is no longer used for Space.
    expect(suggestFromMetrics(ppat, { apple: { pageCoverage: 0.9 } })).toEqual([]);
    expect(suggestions.map((s) => [s.itemId, s.value])).toEqual([
      ['space', 4],
      ['prominenceOfColour', 5],
      ['impliedEnergy', 3],
    ]);
  });
});

describe('House-Tree-Person', () => {
  const htp = instrument('htp');

  it('has house (landscape), tree and person (portrait) in pencil with eraser, repeated optionally in colour', () => {
    expect(htp.pages.map((p) => [p.id, p.orientation, p.phase, p.optional, p.tools.join('+')])).toEqual([
      ['house', 'landscape', 'achromatic', false, 'pencil+eraser'],
      ['tree', 'portrait', 'achromatic', false, 'pencil+eraser'],
      ['person', 'portrait', 'achromatic', false, 'pencil+eraser'],
      ['houseColour', 'landscape', 'chromatic', true, 'colouredPencil'],
      ['treeColour', 'portrait', 'chromatic', true, 'colouredPencil'],
      ['personColour', 'portrait', 'chromatic', true, 'colouredPencil'],
    ]);
    for (const page of htp.pages) expect(page.inquiry.length, page.id).toBeGreaterThanOrEqual(5);
  });

  it('has global ratings 1–5 and a free interpretation', () => {
    const items = htp.sections.flatMap((s) => s.items);
    const global = items.filter((i) => i.id.startsWith('global_'));
    expect(global.map((i) => i.kind === 'rating' && [i.min, i.max])).toEqual([
      [1, 5],
      [1, 5],
      [1, 5],
    ]);
    expect(items.find((i) => i.id === 'interpretation')?.kind).toBe('text');
  });

  it('suggests placement, size and erasures for a page from its metrics, never pressure without a pen', () => {
    const suggestions = suggestFromMetrics(htp, {
      tree: { placementVertical: 0.8, placementHorizontal: 0.5, drawingExtentShare: 0.3, erasures: 4, pressureMean: null },
    });
    expect(suggestions.map((s) => [s.itemId, s.value])).toEqual([
      ['tree_size', 'medium'],
      ['tree_placementVertical', 'lower'],
      ['tree_placementHorizontal', 'centre'],
      ['tree_erasures', 4],
    ]);
  });
});

describe('every drawing protocol', () => {
  it('gives the psychologist a free-text place for interpretation or notes', () => {
    const drawings = ['htp', 'nonExistentAnimal', 'dapr', 'kfd', 'ppat', 'freeDrawing'].map(instrument);
    for (const def of drawings)
      expect(
        def.sections.flatMap((s) => s.items).some((i) => i.kind === 'text'),
        def.id,
      ).toBe(true);
  });
});
