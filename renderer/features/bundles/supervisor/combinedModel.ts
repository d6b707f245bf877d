/**
 * The combined Trends choice and view as the Trends screen's own components take them (pure): the choice is kept
 * valid against the combined catalogue as a facility's is, and a view by facility or region is handed to the shared
 * table and chart code with its columns already in words (facility names as their bundles state them, regions by
 * common/regionText.ts).
 */
import type { Language } from '../../../../common/format';
import { regionName } from '../../../../common/regionText';
import { regionSchema } from '../../../../electron/contract/regions';
import type {
  CombinedBy,
  CombinedCatalogue,
  CombinedView,
  CombinedViewInput,
} from '../../../../electron/contract/supervisorChannels';
import type { TrendsGranularity, TrendsMeasure, TrendsView } from '../../../../electron/contract/trendsChannels';

export type CombinedChoice = {
  measure: TrendsMeasure;
  instrumentId: string | null;
  metric: 'durationMinutes' | 'events' | null;
  granularity: TrendsGranularity;
  year: number;
  by: CombinedBy | null;
};

export const isQuarterOrYearOnly = (by: CombinedBy | null): boolean => by === 'facility' || by === 'region';

/**
 * A change of one control: choosing months drops a facility or region breakdown, and choosing one of those while
 * months are shown moves to quarters, so the person's latest choice is the one kept.
 */
export function changeCombined(
  catalogue: CombinedCatalogue,
  choice: CombinedChoice,
  patch: Partial<CombinedChoice>,
): CombinedChoice {
  const next = { ...choice, ...patch };
  if (patch.granularity === 'month' && isQuarterOrYearOnly(next.by)) next.by = null;
  return normaliseCombined(catalogue, next);
}

export function defaultCombinedChoice(catalogue: CombinedCatalogue): CombinedChoice {
  return normaliseCombined(catalogue, {
    measure: 'assessmentsSigned',
    instrumentId: null,
    metric: null,
    granularity: 'quarter',
    year: catalogue.years[0] ?? 2026,
    by: 'facility',
  });
}

export function normaliseCombined(catalogue: CombinedCatalogue, choice: CombinedChoice): CombinedChoice {
  const info = catalogue.measures.find((m) => m.id === choice.measure) ?? catalogue.measures[0]!;
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
  // Facility and region tables are by quarter or year only (the backend refuses a month table by them).
  const granularity = choice.granularity === 'month' && isQuarterOrYearOnly(by) ? 'quarter' : choice.granularity;
  return { measure: info.id, instrumentId, metric, granularity, year, by };
}

export function combinedInput(choice: CombinedChoice): CombinedViewInput {
  return {
    measure: choice.measure,
    ...(choice.instrumentId ? { instrumentId: choice.instrumentId } : {}),
    ...(choice.metric ? { metric: choice.metric } : {}),
    granularity: choice.granularity,
    year: choice.year,
    by: choice.by,
  };
}

/** A region key in words; anything else (a facility's name, null) as the shared code writes it. */
const regionLabel = (language: Language, key: string | null): string | null => {
  const parsed = regionSchema.safeParse(key);
  return parsed.success ? regionName(parsed.data, language) : key;
};

/**
 * The view in the shape the Trends tables and charts take. Facility and region are not dimensions a facility's
 * Trends knows, so their columns arrive as words under the `unit` dimension, which the shared code shows as written.
 */
export function asTrendsView(view: CombinedView, language: Language): TrendsView {
  const rest: Omit<CombinedView, 'facilities' | 'by'> = {
    measure: view.measure,
    instrumentId: view.instrumentId,
    metric: view.metric,
    granularity: view.granularity,
    year: view.year,
    k: view.k,
    rows: view.rows,
    columns: view.columns,
    counts: view.counts,
    distinctPeople: view.distinctPeople,
    statistic: view.statistic,
  };
  if (view.by !== 'facility' && view.by !== 'region') return { ...rest, by: view.by };
  const columns = view.by === 'region' ? view.columns.map((c) => regionLabel(language, c)) : view.columns;
  return { ...rest, by: 'unit', columns };
}
