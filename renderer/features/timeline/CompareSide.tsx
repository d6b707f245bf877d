import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeMetrics } from '../../../assessments/drawing';
import type { Language } from '../../../electron/contract/schemas';
import { COMPARE_METRIC_ROWS, metricRows } from '../../../common/metricRows';
import { MetricValueView, useMetricWords } from '../drawing/replay/MetricValueView';
import { DrawingThumbnail } from '../drawing/thumbnail/DrawingThumbnail';
import { type LoadedDrawing, useLoadedDrawing } from '../drawing/thumbnail/drawingCache';

type Props = { drawingId: string; heading: string; scale: number; pageLabel: string; boxWidth: number; boxHeight: number };

/** One side of the comparison: the date, the page at the shared scale, and a few process metrics. */
export function CompareSide({ drawingId, heading, scale, pageLabel, boxWidth, boxHeight }: Props) {
  const { t } = useTranslation();
  const state = useLoadedDrawing(drawingId);
  const headingId = useId();
  return (
    // As wide as the page box, so the metrics wrap under the picture and the two sides stay side by side.
    <section className="compare-side" data-testid="compare-side" aria-labelledby={headingId} style={{ width: boxWidth }}>
      <h4 id={headingId} className="compare-side__date">
        {heading}
      </h4>
      <div className="compare-side__page" style={{ width: boxWidth, height: boxHeight }}>
        {state.status === 'ready' ? (
          <DrawingThumbnail
            drawing={state.value.drawing}
            image={state.value.image}
            size={{ scale }}
            label={t('timeline.compare.pictureLabel', { page: pageLabel, date: heading })}
            testId="compare-picture"
          />
        ) : (
          <p className="muted">{state.status === 'loading' ? t('common.loading') : t(`errors.${state.code}`)}</p>
        )}
      </div>
      {state.status === 'ready' ? <CompareMetrics loaded={state.value} /> : null}
    </section>
  );
}

/**
 * The metrics that tell two drawings of one page apart at a glance: time, strokes, erasing, how
 * much of the page is used and where. Paper drawings have no recorded process.
 */
function CompareMetrics({ loaded }: { loaded: LoadedDrawing }) {
  const { t, i18n } = useTranslation();
  const words = useMetricWords();
  const metrics = useMemo(() => computeMetrics(loaded.drawing), [loaded.drawing]);
  if (loaded.image) return <p className="compare-side__na">{t('drawing.paper.metricsNotAvailable')}</p>;

  const rows = metricRows(i18n.language as Language, metrics, words, COMPARE_METRIC_ROWS);
  return (
    <dl className="compare-side__metrics">
      {rows.map((row) => (
        <div className="compare-side__metric" key={row.id}>
          <dt>{row.label}</dt>
          <dd>
            <MetricValueView value={row.value} withReason={false} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
