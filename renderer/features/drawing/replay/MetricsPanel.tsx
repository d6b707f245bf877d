import { type ReactNode, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../electron/contract/schemas';
import type { DrawingMetrics, Metric } from '../../../../assessments/drawing';
import { LOCALES } from '../../../i18n';
import { colourName } from '../colourNames';
import { numberLocale } from './formatTime';

/**
 * The process metrics beside the replay, with units, and "not available" with the reason where
 * a metric cannot be computed (e.g. pressure from a mouse). Suggestions for the psychologist,
 * never a finding (INSTRUMENTS.md). Memoised: the replay re-renders on every animation frame
 * while it plays, and the metrics do not change with the playhead.
 */
export const MetricsPanel = memo(function MetricsPanel({ metrics }: { metrics: DrawingMetrics }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const locale = numberLocale(LOCALES[language] ?? 'en-GB');
  const number = (value: number, digits = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  const percent = (share: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
  const duration = (ms: number) => {
    if (ms < 60_000) return t('drawing.units.seconds', { value: number(ms / 1000, 1) });
    const seconds = Math.round(ms / 1000);
    return t('drawing.units.minutesSeconds', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  };
  const show = <T,>(metric: Metric<T>, format: (value: T) => ReactNode): ReactNode =>
    metric.value === null ? (
      <span className="metric__na">
        {t('drawing.metrics.notAvailable')}
        <span className="metric__reason">{t(`drawing.metrics.reasons.${metric.reason}`)}</span>
      </span>
    ) : (
      format(metric.value)
    );

  const rows: Array<[string, ReactNode]> = [
    [t('drawing.metrics.totalTime'), show(metrics.totalTimeMs, duration)],
    [t('drawing.metrics.latency'), show(metrics.latencyToFirstStrokeMs, duration)],
    [t('drawing.metrics.inkTime'), duration(metrics.inkTimeMs)],
    [t('drawing.metrics.eraserTime'), duration(metrics.eraserTimeMs)],
    [
      t('drawing.metrics.pauses', { seconds: number(metrics.pauseThresholdMs / 1000) }),
      t('drawing.metrics.pausesValue', { n: metrics.pauseCount, time: duration(metrics.pauseTimeMs) }),
    ],
    [t('drawing.metrics.strokes'), t('drawing.metrics.strokesValue', { n: metrics.strokeCount, visible: metrics.visibleStrokeCount })],
    [t('drawing.metrics.erasures'), number(metrics.erasureCount)],
    [t('drawing.metrics.erasedShare'), show(metrics.erasedInkShare, percent)],
    [
      t('drawing.metrics.undoRedoClear'),
      t('drawing.metrics.undoRedoClearValue', { undo: metrics.undoCount, redo: metrics.redoCount, clear: metrics.clearCount }),
    ],
    [t('drawing.metrics.coverage'), percent(metrics.coverage.share)],
    [
      t('drawing.metrics.figureSize'),
      show(metrics.figureSize, (size) =>
        t('drawing.metrics.figureSizeValue', { area: percent(size.areaShare), width: percent(size.widthShare), height: percent(size.heightShare) }),
      ),
    ],
    [
      t('drawing.metrics.placement'),
      show(metrics.placement, (p) =>
        t('drawing.metrics.placementValue', {
          vertical: t(`drawing.metrics.vertical.${p.vertical}`),
          horizontal: t(`drawing.metrics.horizontal.${p.horizontal}`),
        }),
      ),
    ],
    [
      t('drawing.metrics.colours'),
      show(metrics.colours, (colours) => (
        <ul className="metric__colours">
          {colours.map((c) => {
            const name = colourName(c.colour);
            const label = name === null ? c.colour : name === 'graphite' ? t('drawing.colours.graphite') : name[language].text;
            return (
              <li key={c.colour}>
                <svg className="metric__dot" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                  <circle cx="6" cy="6" r="5" fill={c.colour} stroke="#5a6468" strokeWidth="1" />
                </svg>
                {label} {percent(c.share)}
              </li>
            );
          })}
        </ul>
      )),
    ],
    [
      t('drawing.metrics.pressure'),
      show(metrics.pressure, (p) => t('drawing.metrics.pressureValue', { mean: number(p.mean, 2), sd: number(p.sd, 2), points: number(p.pointCount) })),
    ],
    [t('drawing.metrics.speed'), show(metrics.meanStrokeSpeed, (v) => t('drawing.units.mmPerSecond', { value: number(v / 10, 1) }))],
  ];
  if (metrics.gapCount > 0) {
    rows.push([t('drawing.metrics.gaps'), t('drawing.metrics.gapsValue', { n: metrics.gapCount, time: duration(metrics.gapTimeMs) })]);
  }

  return (
    <section className="metrics" aria-labelledby="drawing-metrics-title">
      <h2 id="drawing-metrics-title">{t('drawing.metrics.title')}</h2>
      <p className="metrics__caveat">{t('drawing.metrics.caveat')}</p>
      {!metrics.finished ? <p className="metrics__note">{t('drawing.metrics.notFinished')}</p> : null}
      <dl className="metrics__list">
        {rows.map(([label, value]) => (
          <div className="metrics__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
