import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/contract/schemas';
import type { DrawingMetrics } from '../../../../assessments/drawing';
import { metricRows } from '../../../../common/metricRows';
import { MetricValueView, useMetricWords } from './MetricValueView';

/**
 * The process metrics beside the replay, with units, and "not available" with the reason where
 * a metric cannot be computed (e.g. pressure from a mouse). Suggestions for the psychologist,
 * never a finding (docs/INSTRUMENTS.md). Memoised: the replay re-renders on every animation frame
 * while it plays, and the metrics do not change with the playhead.
 */
export const MetricsPanel = memo(function MetricsPanel({ metrics }: { metrics: DrawingMetrics }) {
  const { t, i18n } = useTranslation();
  const words = useMetricWords();
  const rows = metricRows(i18n.language as Language, metrics, words);

  return (
    <section className="metrics" aria-labelledby="drawing-metrics-title">
      <h2 id="drawing-metrics-title">{t('drawing.metrics.title')}</h2>
      <p className="metrics__caveat">{t('drawing.metrics.caveat')}</p>
      {!metrics.finished ? <p className="metrics__note">{t('drawing.metrics.notFinished')}</p> : null}
      <dl className="metrics__list">
        {rows.map((row) => (
          <div className="metrics__row" key={row.id}>
            <dt>{row.label}</dt>
            <dd>
              <MetricValueView value={row.value} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
