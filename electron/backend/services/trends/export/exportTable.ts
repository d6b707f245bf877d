/**
 * One Trends view as the files write it: its title, the facts that say what it is, the table of counts
 * with its margins, the statistic (long form: one line per period and category) and the notes. Pure:
 * built from the suppressed view `trends:view` returns, never from the screen, so the CSV, the PDF and
 * the screen show the same figures and the same "<k".
 */
import { type Language, formatDateTime } from '../../../../../common/format';
import { TRENDS_TEXT, byLabel, columnLabels, periodLabel, viewTitle } from '../../../../../common/trendsText';
import type { TrendsCount, TrendsStat, TrendsView } from '../../../../contract/trendsChannels';

/** A cell of a file: a figure (written as a number) or text ("<5", a label). */
export type ExportCell = number | string;

export type ExportTable = {
  title: string;
  facts: [string, string][];
  /** Period, the categories (or none), Total. */
  header: string[];
  rows: ExportCell[][];
  /** The heading and rows of the statistic, when the measure has one. */
  statistic: { title: string; header: string[]; rows: ExportCell[][]; percent: boolean } | null;
  notes: string[];
};

/** "<k": a suppressed value, never blank or 0 (issue 14 §2). */
export const suppressedMark = (k: number): string => `<${k}`;

const countCell = (cell: TrendsCount, k: number): ExportCell => (cell.kind === 'value' ? cell.value : suppressedMark(k));

/** A statistic's six figures; "<k" in the mean's place when suppressed, a dash when there are no values (nothing after either). */
function statCells(stat: TrendsStat, k: number): ExportCell[] {
  if (stat.kind === 'suppressed') return [suppressedMark(k), '', '', '', '', ''];
  if (stat.kind === 'empty') return ['\u2014', '', '', '', '', ''];
  const n = (v: number | null): ExportCell => (v === null ? '' : v);
  return [stat.mean, n(stat.meanLow), n(stat.meanHigh), n(stat.median), n(stat.medianLow), n(stat.medianHigh)];
}

export type ExportContext = { language: Language; facilityName: string; producedAt: Date };

/** Builds the file's content from the suppressed view. */
export function exportTable(view: TrendsView, { language, facilityName, producedAt }: ExportContext): ExportTable {
  const text = TRENDS_TEXT[language];
  const k = view.k;
  const columns = columnLabels(view, language);
  const rowLabels = view.rows.map((r) => periodLabel(language, r));
  const yearRow = text.yearTotal(view.year);

  const rows: ExportCell[][] = view.rows.map((_, i) => [
    rowLabels[i]!,
    ...(view.counts.cells[i] ?? []).map((c) => countCell(c, k)),
    countCell(view.counts.rowTotals[i]!, k),
  ]);
  rows.push([yearRow, ...view.counts.columnTotals.map((c) => countCell(c, k)), countCell(view.counts.grandTotal, k)]);

  let statistic: ExportTable['statistic'] = null;
  if (view.statistic) {
    const grid = view.statistic.grid;
    const statRows: ExportCell[][] = [];
    const byHeading = view.by === null ? [] : [byLabel(view, language)];
    view.rows.forEach((_, i) => {
      (grid.cells[i] ?? []).forEach((cell, j) => statRows.push([rowLabels[i]!, columns[j]!, ...statCells(cell, k)]));
      statRows.push([rowLabels[i]!, ...(view.by === null ? [] : [text.total]), ...statCells(grid.rowTotals[i]!, k)]);
    });
    grid.columnTotals.forEach((cell, j) => statRows.push([yearRow, columns[j]!, ...statCells(cell, k)]));
    statRows.push([yearRow, ...(view.by === null ? [] : [text.total]), ...statCells(grid.grandTotal, k)]);
    const limits = (of: string) => [of, `${of}: ${text.lower}`, `${of}: ${text.upper}`];
    statistic = {
      title: text.statistics[view.statistic.kind],
      header: [text.period, ...byHeading, ...limits(text.mean), ...limits(text.median)],
      rows: statRows,
      percent: view.statistic.kind === 'rate',
    };
  }

  const notes = [text.suppressed(k)];
  if (view.statistic) notes.push(text.statisticsRule(k));
  if (view.distinctPeople) notes.push(text.distinctPeople);

  return {
    title: `${text.area}: ${viewTitle(view, language)}`,
    facts: [
      [text.facility, facilityName],
      [text.year, String(view.year)],
      [text.granularity, text.granularities[view.granularity]],
      [text.by, byLabel(view, language)],
      ['k', String(k)],
      [text.produced, formatDateTime(language, producedAt, 'minutes')],
    ],
    header: [text.period, ...columns, text.total],
    rows,
    statistic,
    notes,
  };
}
