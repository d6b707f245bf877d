import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTRUMENTS } from '../../../assessments/instruments';
import type { AssessmentSummary } from '../../../electron/contract/assessmentChannels';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import type { SummariesLoad } from '../assessment/useAssessmentSummaries';
import { useSignedIn } from '../vault/VaultContext';
import { DrawingCompare } from './DrawingCompare';
import { DrawingCacheProvider } from '../drawing/thumbnail/drawingCache';
import { TimelineEntry } from './TimelineEntry';
import { TotalsChart } from './TotalsChart';
import { catalogueOrder } from './model/catalogueOrder';
import { comparablePages } from './model/compare';
import { fromSummary } from './model/fromSummary';
import { newestFirst } from './model/order';
import { totalsSeries } from './model/totals';
import './timeline.css';

/**
 * The client's history (issue 5, item 3): every assessment and questionnaire over time with its
 * drawings as thumbnails, the questionnaire totals as charts with their bands, and two drawings of
 * the same page side by side.
 */
export function ClientTimeline({
  client,
  load,
  onRetry,
  onOpenAssessment,
}: {
  client: ClientDetail;
  load: SummariesLoad;
  onRetry(): void;
  onOpenAssessment(assessmentId: string): void;
}) {
  const { t } = useTranslation();
  const session = useSignedIn();
  // drawings:get is the psychologist's; an admin sees the list and the charts, not the drawings.
  const showDrawings = session.account.roles.includes('psychologist');

  return (
    <section className="timeline" aria-labelledby="client-timeline-title" aria-busy={load.status === 'loading'}>
      <h2 id="client-timeline-title">{t('timeline.title')}</h2>
      {load.status === 'loading' ? <p className="muted">{t('common.loading')}</p> : null}
      {load.status === 'failed' ? (
        <FormError error={load.error}>
          <Button onPress={onRetry}>{t('common.retry')}</Button>
        </FormError>
      ) : null}
      {load.status === 'ready' ? (
        <DrawingCacheProvider key={client.id}>
          <TimelineBody summaries={load.summaries} showDrawings={showDrawings} onOpenAssessment={onOpenAssessment} />
        </DrawingCacheProvider>
      ) : null}
    </section>
  );
}

function TimelineBody({
  summaries,
  showDrawings,
  onOpenAssessment,
}: {
  summaries: AssessmentSummary[];
  showDrawings: boolean;
  onOpenAssessment(assessmentId: string): void;
}) {
  const { t } = useTranslation();
  const bySummary = useMemo(() => new Map(summaries.map((s) => [s.id, s])), [summaries]);
  const entries = useMemo(() => newestFirst(summaries.map(fromSummary)), [summaries]);
  const series = useMemo(() => totalsSeries(entries, INSTRUMENTS), [entries]);
  const pages = useMemo(() => comparablePages(entries, catalogueOrder(INSTRUMENTS)), [entries]);

  if (entries.length === 0) return <p className="empty">{t('timeline.empty')}</p>;

  return (
    <>
      <p className="muted timeline__order">{t('timeline.newestFirst')}</p>
      <ol className="timeline__list">
        {entries.map((entry) => {
          const summary = bySummary.get(entry.id)!;
          return (
            <li key={entry.id}>
              <TimelineEntry
                entry={entry}
                flagged={summary.flagIds.length > 0}
                addendumCount={summary.addendumCount}
                showDrawings={showDrawings}
                onOpen={() => onOpenAssessment(entry.id)}
              />
            </li>
          );
        })}
      </ol>

      {series.length > 0 ? (
        <section className="timeline__charts" aria-labelledby="timeline-charts-title">
          <h3 id="timeline-charts-title">{t('timeline.chart.heading')}</h3>
          <p className="muted">{t('timeline.chart.signedOnly')}</p>
          <div className="timeline__chart-grid">
            {series.map((s) => (
              <TotalsChart key={`${s.instrument.id}/${s.scale.id}`} series={s} />
            ))}
          </div>
        </section>
      ) : null}

      {showDrawings && pages.length > 0 ? (
        <section className="timeline__compare" aria-labelledby="timeline-compare-title">
          <h3 id="timeline-compare-title">{t('timeline.compare.heading')}</h3>
          <DrawingCompare pages={pages} />
        </section>
      ) : null}
    </>
  );
}
