import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, formatNumber, formatPercentOf } from '../../../common/format';
import { TRENDS_TEXT, viewTitle } from '../../../common/trendsText';
import type { TrendsCatalogue, TrendsView } from '../../../electron/contract/trendsChannels';
import { call } from '../../api';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { useLoaded } from '../../hooks/useLoaded';
import { useAreaState } from '../shell/areaState';
import { useSignedIn } from '../vault/VaultContext';
import { type TrendsChoice, defaultChoice, normalise, viewInput } from './model/choice';
import { countSeries, countsGrid, statisticGrid, statisticSeries } from './model/display';
import { TrendsChart } from './TrendsChart';
import { TrendsControls } from './TrendsControls';
import { TrendsExport } from './TrendsExport';
import { CountsTable, StatisticTable } from './TrendsTables';
import { TrendsThreshold } from './TrendsThreshold';
import { DeidentifiedExportPanel } from './export/DeidentifiedExportPanel';
import './trends.css';

/**
 * Trends (issue 14 §1): the facility's figures by fixed period buckets and at most one fixed breakdown,
 * each table with its chart, every small count hidden by the backend and shown as "<k" with its
 * explanation. Supervisors, admins and psychologists; nothing here is about one person.
 */
export function TrendsPage() {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const catalogue = useLoaded(useCallback(() => call('trends:catalogue', {}), []));
  return (
    <>
      <PageTitle>{t('trends.title')}</PageTitle>
      <p className="lead">{t('trends.intro')}</p>
      <FormError error={catalogue.error} />
      {catalogue.value ? (
        <TrendsArea catalogue={catalogue.value} isAdmin={account.roles.includes('admin')} onKChanged={catalogue.reload} />
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </>
  );
}

function TrendsArea({
  catalogue,
  isAdmin,
  onKChanged,
}: {
  catalogue: TrendsCatalogue;
  isAdmin: boolean;
  onKChanged: () => void;
}) {
  const { t } = useTranslation();
  const [stored, setStored] = useAreaState<TrendsChoice | null>('trends:choice', null);
  const choice = normalise(catalogue, stored ?? defaultChoice(catalogue));
  // The request is keyed by its content, so an equal choice does not ask again; a new k (catalogue) does.
  const key = JSON.stringify(viewInput(choice));
  const view = useLoaded(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the input's content and the k in force
    useCallback(() => call('trends:view', JSON.parse(key) as ReturnType<typeof viewInput>), [key, catalogue.k]),
  );

  return (
    <>
      <TrendsControls catalogue={catalogue} choice={choice} onChange={setStored} />
      <FormError error={view.error} />
      {view.value ? <TrendsResult view={view.value} loading={view.loading} /> : <p aria-busy="true">{t('common.loading')}</p>}
      {isAdmin ? <TrendsThreshold key={catalogue.k} k={catalogue.k} onChanged={onKChanged} /> : null}
      {isAdmin ? <DeidentifiedExportPanel /> : null}
    </>
  );
}

/** One view: its title, the counts (chart and table), the statistic when there is one, the notes and the export. */
function TrendsResult({ view, loading }: { view: TrendsView; loading: boolean }) {
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
    <section className="trends-result" aria-labelledby="trends-result-title" aria-busy={loading}>
      <h2 id="trends-result-title">{title}</h2>
      <p className="trends-result__unit">{t('trends.counted', { unit: words.counts[view.measure], k: view.k })}</p>
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
        {view.statistic ? <p>{words.statisticsRule(view.k)}</p> : null}
        {view.distinctPeople ? <p>{words.distinctPeople}</p> : null}
      </aside>
      <TrendsExport
        key={JSON.stringify([view.measure, view.instrumentId, view.metric, view.granularity, view.year, view.by])}
        input={{
          measure: view.measure,
          ...(view.instrumentId ? { instrumentId: view.instrumentId } : {}),
          ...(view.metric ? { metric: view.metric } : {}),
          granularity: view.granularity,
          year: view.year,
          by: view.by,
        }}
      />
    </section>
  );
}
