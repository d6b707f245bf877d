import { describe, expect, it } from 'vitest';
import type { CombinedCatalogue, CombinedView } from '../../../electron/contract/supervisorChannels';
import { asTrendsView, changeCombined, defaultCombinedChoice } from '../../../renderer/features/bundles/supervisor/combinedModel';

const catalogue = {
  k: 5,
  kMin: 5,
  years: [2026, 2025],
  facilities: 2,
  measures: [
    {
      id: 'assessmentsSigned',
      instruments: [{ id: 'phq9', kind: 'questionnaire', rci: true }],
      by: ['sex', 'facility', 'region'],
      outcomes: null,
      statistic: null,
      metrics: [],
    },
    {
      id: 'phq9Alerts',
      instruments: [],
      by: ['outcome', 'facility', 'region'],
      outcomes: ['acknowledged', 'notAcknowledged'],
      statistic: null,
      metrics: [],
    },
  ],
  dimensions: [],
  bands: [],
} as CombinedCatalogue;

describe('combined Trends choice', () => {
  it('starts by facility and quarter, with the measure’s instrument', () => {
    expect(defaultCombinedChoice(catalogue)).toEqual({
      measure: 'assessmentsSigned',
      instrumentId: 'phq9',
      metric: null,
      granularity: 'quarter',
      year: 2026,
      by: 'facility',
    });
  });

  it('keeps the latest choice: months drop a facility breakdown, a facility breakdown moves months to quarters', () => {
    const start = defaultCombinedChoice(catalogue);
    expect(changeCombined(catalogue, start, { granularity: 'month' })).toMatchObject({ granularity: 'month', by: null });
    const months = changeCombined(catalogue, start, { granularity: 'month', by: null });
    expect(changeCombined(catalogue, months, { by: 'region' })).toMatchObject({ granularity: 'quarter', by: 'region' });
    expect(changeCombined(catalogue, months, { by: 'sex' })).toMatchObject({ granularity: 'month', by: 'sex' });
    // A breakdown the measure does not offer is dropped.
    expect(changeCombined(catalogue, { ...start, by: 'sex' }, { measure: 'phq9Alerts' })).toMatchObject({
      by: null,
      instrumentId: null,
    });
  });
});

describe('a combined view for the Trends tables', () => {
  const view = (by: CombinedView['by'], columns: (string | null)[]): CombinedView =>
    ({
      measure: 'assessmentsSigned',
      instrumentId: 'phq9',
      metric: null,
      granularity: 'quarter',
      year: 2026,
      by,
      k: 5,
      rows: ['2026-Q1'],
      columns,
      counts: { cells: [[]], rowTotals: [], columnTotals: [], grandTotal: { kind: 'value', value: 0 } },
      distinctPeople: false,
      statistic: null,
      facilities: 2,
    }) as CombinedView;

  it('writes regions in the language and keeps facility names as their bundles state them', () => {
    expect(asTrendsView(view('region', ['jetisu', 'astana', null]), 'ru')).toMatchObject({
      by: 'unit',
      columns: ['область Жетісу', 'город Астана', null],
    });
    expect(asTrendsView(view('region', ['jetisu']), 'kk').columns).toEqual(['Жетісу облысы']);
    expect(asTrendsView(view('facility', ['Колония 42']), 'en')).toMatchObject({ by: 'unit', columns: ['Колония 42'] });
    const bySex = asTrendsView(view('sex', ['male']), 'en');
    expect(bySex).toMatchObject({ by: 'sex', columns: ['male'] });
    expect('facilities' in bySex).toBe(false);
  });
});
