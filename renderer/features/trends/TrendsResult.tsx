import { type ReactNode, useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, formatNumber, formatPercentOf } from '../../../common/format';
import { TRENDS_TEXT, viewTitle } from '../../../common/trendsText';
import type { TrendsView } from '../../../electron/contract/trendsChannels';
import { countSeries, countsGrid, statisticGrid, statisticSeries } from './model/display';
import { TrendsChart } from './TrendsChart';
import { CountsTable, StatisticTable } from './TrendsTables';

/**
 * One view: its title, the counts (chart and table), the statistic when there is one, and the notes. Shared by the
 * facility's Trends and a supervising department's combined Trends, which add a line, notes and a footer of their own.
 */
export function TrendsResult({
  view,
  loading,
  idPrefix,
  unitLine,
  notes,
  distinctPeopleNote = true,
  footer,
}: {
  view: TrendsView;
  loading: boolean;
  /** Names the section's heading id and test id (`<prefix>-result`). */
  idPrefix: string;
  /** Shown under the unit line (the combined view: how many facilities). */
  unitLine?: ReactNode;
  /** Paragraphs added to the note after the suppression rule. */
  notes?: ReactNode;
  /** Whether to say that people are counted once per period (not across facilities). */
  distinctPeopleNote?: boolean;
  footer?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const words = TRENDS_TEXT[language];
  const noteId = useId();
  const title = viewTitle(view, language);
  const counts = useMemo(() => countsGrid(view, language), [view, language]);
  const stats = useMemo(() => statisticGrid(view, language), [view, language]);
  const periods = useMemo(() => counts.rows.filter((r) => !r.isYear).map((r) => r.label), [counts]);
  const countBars = useMemo(() => countSeries(view, language, words.total), [view, language, words.total]);
  const statBars = useMemo(() => statisticSeries(view, language, words.total), [view, language, words.total]);
  const formatCount = useCallback((v: number) => formatNumber(language, v), [language]);
  const percent = view.statistic?.kind === 'rate';
  const formatStat = useCallback(
    (v: number) => (percent ? formatPercentOf(language, v) : formatNumber(language, v, { digits: 1 })),
    [language, percent],
  );
  const statName = view.statistic ? `${words.statistics[view.statistic.kind]}${percent ? ', %' : ''}` : '';
  const nothing = view.counts.grandTotal.kind === 'value' && view.counts.grandTotal.value === 0;

  return (
    <section
      className="trends-result"
      aria-labelledby={`${idPrefix}-result-title`}
      aria-busy={loading}
      data-testid={`${idPrefix}-result`}
    >
      <h2 id={`${idPrefix}-result-title`}>{title}</h2>
      <p className="trends-result__unit">{t('trends.counted', { unit: words.counts[view.measure], k: view.k })}</p>
      {unitLine}
      {nothing ? <p className="notice notice--info">{t('trends.empty', { year: view.year })}</p> : null}
      <TrendsChart
        title={title}
        periods={periods}
        series={countBars}
        k={view.k}
        valueAxisTitle={t('trends.countAxis', { unit: words.counts[view.measure] })}
        formatValue={formatCount}
        integer
        testId="trends-counts-chart"
      />
      <CountsTable
        caption={title}
        periodHeading={words.period}
        totalHeading={words.total}
        grid={counts}
        k={view.k}
        noteId={noteId}
      />
      {stats && view.statistic ? (
        <>
          <h3>{statName}</h3>
          <TrendsChart
            title={`${title}: ${statName}`}
            periods={periods}
            series={statBars}
            k={view.k}
            valueAxisTitle={statName}
            formatValue={formatStat}
            integer={false}
            testId="trends-statistic-chart"
          />
          <p className="trends-result__legend">{t('trends.statisticLegend')}</p>
          <StatisticTable
            caption={`${title}: ${statName}`}
            periodHeading={words.period}
            totalHeading={words.total}
            grid={stats}
            k={view.k}
            noteId={noteId}
          />
        </>
      ) : null}
      <aside className="trends-note" id={noteId} aria-label={t('trends.noteTitle')} data-testid="trends-note">
        <p>
          <strong>{t('trends.noteTitle')}. </strong>
          {words.suppressed(view.k)}
        </p>
        {notes}
        {view.statistic ? <p>{words.statisticsRule(view.k)}</p> : null}
        {distinctPeopleNote && view.distinctPeople ? <p>{words.distinctPeople}</p> : null}
      </aside>
      {footer}
    </section>
  );
}
