/**
 * What the person asks the Trends area for, kept valid against the catalogue: a measure, its
 * instrument (or process metric) where it needs one, fixed period buckets of one year, and at most
 * one breakdown the measure offers. Pure, so every combination is tested without a screen.
 */
import type {
  TrendsBy,
  TrendsCatalogue,
  TrendsGranularity,
  TrendsMeasure,
  TrendsViewInput,
} from '../../../../electron/contract/trendsChannels';

export type TrendsChoice = {
  measure: TrendsMeasure;
  instrumentId: string | null;
  metric: 'durationMinutes' | 'events' | null;
  granularity: TrendsGranularity;
  year: number;
  by: TrendsBy | null;
};

type MeasureInfo = TrendsCatalogue['measures'][number];

export const measureInfo = (catalogue: TrendsCatalogue, measure: TrendsMeasure): MeasureInfo | undefined =>
  catalogue.measures.find((m) => m.id === measure);

/** The first view: clients seen, by quarter, in the newest year, without a breakdown. */
export function defaultChoice(catalogue: TrendsCatalogue): TrendsChoice {
  const first = measureInfo(catalogue, 'clientsSeen') ?? catalogue.measures[0]!;
  return normalise(catalogue, {
    measure: first.id,
    instrumentId: null,
    metric: null,
    granularity: 'quarter',
    year: catalogue.years[0] ?? new Date().getFullYear(),
    by: null,
  });
}

/**
 * Makes a choice valid for the catalogue: the instrument one the measure offers (else its first),
 * the metric for the drawing measure only, a year that exists, a breakdown the measure offers (else none).
 */
export function normalise(catalogue: TrendsCatalogue, choice: TrendsChoice): TrendsChoice {
  const info = measureInfo(catalogue, choice.measure) ?? catalogue.measures[0]!;
  const instruments = info.instruments.map((i) => i.id);
  const instrumentId =
    instruments.length === 0
      ? null
      : choice.instrumentId && instruments.includes(choice.instrumentId)
        ? choice.instrumentId
        : instruments[0]!;
  const metric =
    info.metrics.length === 0 ? null : choice.metric && info.metrics.includes(choice.metric) ? choice.metric : info.metrics[0]!;
  const year = catalogue.years.includes(choice.year) ? choice.year : (catalogue.years[0] ?? choice.year);
  const by = choice.by !== null && info.by.includes(choice.by) ? choice.by : null;
  return { measure: info.id, instrumentId, metric, granularity: choice.granularity, year, by };
}

/** The channel input of a choice (optional fields left out when the measure takes none). */
export function viewInput(choice: TrendsChoice): TrendsViewInput {
  return {
    measure: choice.measure,
    ...(choice.instrumentId ? { instrumentId: choice.instrumentId } : {}),
    ...(choice.metric ? { metric: choice.metric } : {}),
    granularity: choice.granularity,
    year: choice.year,
    by: choice.by,
  };
}
