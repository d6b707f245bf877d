/**
 * A Trends view as the screen shows it: period rows, category columns and the margins, each cell a
 * figure in the language or hidden ("<k"), and the chart's series taken from the same cells. Pure.
 * The words come from common/trendsText.ts, the same the CSV and PDF use.
 */
import { type Language, formatNumber, formatPercentOf } from '../../../../common/format';
import { TRENDS_TEXT, columnLabels, periodLabel } from '../../../../common/trendsText';
import type { TrendsCount, TrendsStat, TrendsView } from '../../../../electron/contract/trendsChannels';

export type ShownCount = { kind: 'value'; value: number; text: string } | { kind: 'hidden' };
export type ShownStat =
  | { kind: 'stat'; mean: string; meanInterval: string | null; median: string | null; medianInterval: string | null }
  | { kind: 'hidden' }
  | { kind: 'empty' };

export type ShownRow<C> = { key: string; label: string; cells: C[]; total: C; isYear: boolean };
export type ShownGrid<C> = { columns: string[]; rows: ShownRow<C>[] };

const count = (language: Language, cell: TrendsCount): ShownCount =>
  cell.kind === 'value' ? { kind: 'value', value: cell.value, text: formatNumber(language, cell.value) } : { kind: 'hidden' };

function statText(language: Language, cell: TrendsStat, percent: boolean): ShownStat {
  if (cell.kind !== 'stat') return cell.kind === 'suppressed' ? { kind: 'hidden' } : { kind: 'empty' };
  const f = (v: number) => (percent ? formatPercentOf(language, v * 100, 1) : formatNumber(language, v, { digits: 1 }));
  const interval = (low: number | null, high: number | null) =>
    low === null || high === null ? null : `${f(low)}\u2013${f(high)}`;
  return {
    kind: 'stat',
    mean: f(cell.mean),
    meanInterval: interval(cell.meanLow, cell.meanHigh),
    median: cell.median === null ? null : f(cell.median),
    medianInterval: interval(cell.medianLow, cell.medianHigh),
  };
}

/** Rows of the view's periods, then the whole year's row (the column totals and the grand total). */
function shape<S, C>(
  view: TrendsView,
  language: Language,
  grid: { cells: S[][]; rowTotals: S[]; columnTotals: S[]; grandTotal: S },
  cell: (s: S) => C,
): ShownGrid<C> {
  const rows: ShownRow<C>[] = view.rows.map((key, i) => ({
    key,
    label: periodLabel(language, key),
    cells: (grid.cells[i] ?? []).map(cell),
    total: cell(grid.rowTotals[i]!),
    isYear: false,
  }));
  rows.push({
    key: 'year',
    label: TRENDS_TEXT[language].yearTotal(view.year),
    cells: grid.columnTotals.map(cell),
    total: cell(grid.grandTotal),
    isYear: true,
  });
  return { columns: columnLabels(view, language), rows };
}

export const countsGrid = (view: TrendsView, language: Language): ShownGrid<ShownCount> =>
  shape(view, language, view.counts, (c) => count(language, c));

export function statisticGrid(view: TrendsView, language: Language): ShownGrid<ShownStat> | null {
  if (!view.statistic) return null;
  const percent = view.statistic.kind === 'rate';
  return shape(view, language, view.statistic.grid, (c) => statText(language, c, percent));
}

/** One bar series: its name, a value per period (null where hidden or empty) and where it is hidden. */
export type ChartSeries = {
  label: string;
  values: (number | null)[];
  hidden: boolean[];
  low?: (number | null)[];
  high?: (number | null)[];
};

/** The counts by period: one series per category, or the period totals when there is no breakdown. */
export function countSeries(view: TrendsView, language: Language, totalLabel: string): ChartSeries[] {
  const value = (c: TrendsCount) => (c.kind === 'value' ? c.value : null);
  const hidden = (c: TrendsCount) => c.kind === 'suppressed';
  if (view.by === null) {
    return [{ label: totalLabel, values: view.counts.rowTotals.map(value), hidden: view.counts.rowTotals.map(hidden) }];
  }
  return columnLabels(view, language).map((label, j) => {
    const column = view.counts.cells.map((row) => row[j]!);
    return { label, values: column.map(value), hidden: column.map(hidden) };
  });
}

/** The statistic's mean by period with its 95% interval (a rate in percent), shaped like countSeries. */
export function statisticSeries(view: TrendsView, language: Language, totalLabel: string): ChartSeries[] {
  if (!view.statistic) return [];
  const scale = view.statistic.kind === 'rate' ? 100 : 1;
  const of = (cells: TrendsStat[], label: string): ChartSeries => ({
    label,
    values: cells.map((c) => (c.kind === 'stat' ? c.mean * scale : null)),
    hidden: cells.map((c) => c.kind === 'suppressed'),
    low: cells.map((c) => (c.kind === 'stat' && c.meanLow !== null ? c.meanLow * scale : null)),
    high: cells.map((c) => (c.kind === 'stat' && c.meanHigh !== null ? c.meanHigh * scale : null)),
  });
  const grid = view.statistic.grid;
  if (view.by === null) return [of(grid.rowTotals, totalLabel)];
  return columnLabels(view, language).map((label, j) =>
    of(
      grid.cells.map((row) => row[j]!),
      label,
    ),
  );
}
