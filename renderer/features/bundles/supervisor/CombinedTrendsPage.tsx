import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, formatNumber, formatPercentOf } from '../../../../common/format';
import { TRENDS_TEXT, viewTitle } from '../../../../common/trendsText';
import type { CombinedCatalogue, CombinedView, CombinedViewInput } from '../../../../electron/contract/supervisorChannels';
import { call } from '../../../api';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { useLoaded } from '../../../hooks/useLoaded';
import { useAreaState } from '../../shell/areaState';
import { useSignedIn } from '../../vault/VaultContext';
import { countSeries, countsGrid, statisticGrid, statisticSeries } from '../../trends/model/display';
import { TrendsChart } from '../../trends/TrendsChart';
import { CountsTable, StatisticTable } from '../../trends/TrendsTables';
import { TrendsThreshold } from '../../trends/TrendsThreshold';
import '../../trends/trends.css';
import { CombinedControls } from './CombinedControls';
import { type CombinedChoice, asTrendsView, combinedInput, defaultCombinedChoice, normaliseCombined } from './combinedModel';

/**
 * Combined Trends of a supervising department (issue 15 §3): the facilities' bundles summed, by period and one
 * breakdown — the facility and its region among them — every small count hidden by the backend over the combined
 * linked set. The tables and charts are the Trends screen's own.
 */
export function CombinedTrendsPage() {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const catalogue = useLoaded(useCallback(() => call('supervisor:trendsCatalogue', {}), []));
  return (
    <>
      <PageTitle>{t('supervisor.trends.title')}</PageTitle>
      <p className="lead">{t('supervisor.trends.intro')}</p>
      <FormError error={catalogue.error} />
      {catalogue.value ? (
        <CombinedArea catalogue={catalogue.value} isAdmin={account.roles.includes('admin')} onKChanged={catalogue.reload} />
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </>
  );
}

function CombinedArea({
  catalogue,
  isAdmin,
  onKChanged,
}: {
  catalogue: CombinedCatalogue;
  isAdmin: boolean;
  onKChanged: () => void;
}) {
  const { t } = useTranslation();
  const [stored, setStored] = useAreaState<CombinedChoice | null>('supervisor:trendsChoice', null);
  const choice = normaliseCombined(catalogue, stored ?? defaultCombinedChoice(catalogue));
  const key = JSON.stringify(combinedInput(choice));
  const view = useLoaded(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the input's content and the k in force
    useCallback(() => call('supervisor:trendsView', JSON.parse(key) as CombinedViewInput), [key, catalogue.k]),
  );
  if (catalogue.facilities === 0) {
    return (
      <p className="notice notice--info" data-testid="combined-empty">
        {t('supervisor.trends.noFacilities')}
      </p>
    );
  }
  return (
    <>
      <CombinedControls catalogue={catalogue} choice={choice} onChange={setStored} />
      <FormError error={view.error} />
      {view.value ? <CombinedResult view={view.value} loading={view.loading} /> : <p aria-busy="true">{t('common.loading')}</p>}
      {isAdmin ? <TrendsThreshold key={catalogue.k} k={catalogue.k} onChanged={onKChanged} /> : null}
    </>
  );
}

function CombinedResult({ view: combined, loading }: { view: CombinedView; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const words = TRENDS_TEXT[language];
  const noteId = useId();
  const view = useMemo(() => asTrendsView(combined, language), [combined, language]);
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
    <section className="trends-result" aria-labelledby="combined-result-title" aria-busy={loading} data-testid="combined-result">
      <h2 id="combined-result-title">{title}</h2>
      <p className="trends-result__unit">{t('trends.counted', { unit: words.counts[view.measure], k: view.k })}</p>
      <p className="trends-result__unit">{t('supervisor.trends.facilitiesCombined', { count: combined.facilities })}</p>
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
        <p>{t('supervisor.trends.combinedNote')}</p>
        {view.statistic ? <p>{words.statisticsRule(view.k)}</p> : null}
      </aside>
    </section>
  );
}
