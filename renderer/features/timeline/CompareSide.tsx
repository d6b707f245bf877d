import { type ReactNode, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeMetrics } from '../../../assessments/drawing';
import type { Language } from '../../../electron/contract/schemas';
import { numberLocale } from '../drawing/replay/formatTime';
import { LOCALES } from '../../i18n';
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
      <h4 id={headingId} className="compare-side__date">{heading}</h4>
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
  const language = i18n.language as Language;
  const metrics = useMemo(() => computeMetrics(loaded.drawing), [loaded.drawing]);
  if (loaded.image) return <p className="compare-side__na">{t('drawing.paper.metricsNotAvailable')}</p>;

  const locale = numberLocale(LOCALES[language]);
  const number = (value: number, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  const percent = (share: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  const duration = (ms: number) => {
    if (ms < 60_000) return t('drawing.units.seconds', { value: number(ms / 1000, 1) });
    const seconds = Math.round(ms / 1000);
    return t('drawing.units.minutesSeconds', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  };
  const na = t('drawing.metrics.notAvailable');
  const rows: Array<[string, ReactNode]> = [
    [t('drawing.metrics.totalTime'), metrics.totalTimeMs.value === null ? na : duration(metrics.totalTimeMs.value)],
    [t('drawing.metrics.strokes'), t('drawing.metrics.strokesValue', { n: metrics.strokeCount, visible: metrics.visibleStrokeCount })],
    [t('drawing.metrics.erasures'), number(metrics.erasureCount)],
    [
      t('drawing.metrics.pauses', { seconds: number(metrics.pauseThresholdMs / 1000) }),
      t('drawing.metrics.pausesValue', { n: metrics.pauseCount, time: duration(metrics.pauseTimeMs) }),
    ],
    [t('drawing.metrics.coverage'), percent(metrics.coverage.share)],
    [t('drawing.metrics.figureSize'), metrics.figureSize.value === null ? na : percent(metrics.figureSize.value.areaShare)],
    [
      t('drawing.metrics.placement'),
      metrics.placement.value === null
        ? na
        : t('drawing.metrics.placementValue', {
            vertical: t(`drawing.metrics.vertical.${metrics.placement.value.vertical}`),
            horizontal: t(`drawing.metrics.horizontal.${metrics.placement.value.horizontal}`),
          }),
    ],
  ];
  return (
    <dl className="compare-side__metrics">
      {rows.map(([label, value]) => (
        <div className="compare-side__metric" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
