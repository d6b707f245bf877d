import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineMarks } from './timelineMarks';

/** viewBox width: marks are laid out on 1000 units, stretched to the strip's width. */
export const STRIP_UNITS = 1000;

type Props = { marks: TimelineMarks; duration: number };

const LEGEND = ['pencil', 'colouredPencil', 'marker', 'eraser', 'pause', 'gap', 'undo', 'clear'] as const;

/**
 * The process at a glance: when each tool was on the page (coloured by tool), the pauses and
 * interruptions underneath, undo/redo/clear as ticks. Drawn once per drawing (memo); the
 * playhead is a separate element so playing does not redraw the marks.
 */
export const TimelineStrip = memo(function TimelineStrip({ marks, duration }: Props) {
  const { t } = useTranslation();
  const x = (ms: number) => (duration > 0 ? (ms / duration) * STRIP_UNITS : 0);
  const present = new Set<string>([
    ...marks.spans.map((s) => s.kind),
    ...marks.points.map((p) => (p.kind === 'redo' ? 'undo' : p.kind)),
  ]);
  const summary = t('drawing.replay.timelineSummary', {
    strokes: marks.strokeCount,
    erasures: marks.erasureCount,
    pauses: marks.pauseCount,
  });
  return (
    <figure className="timeline">
      <svg
        className="timeline__strip"
        viewBox={`0 0 ${STRIP_UNITS} 40`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
      >
        <rect className="timeline__track" x="0" y="0" width={STRIP_UNITS} height="40" />
        {marks.spans.map((span, i) => {
          const lower = span.kind === 'pause' || span.kind === 'gap';
          const width = Math.max(1.5, x(span.end) - x(span.start));
          return (
            <rect
              key={i}
              className={`timeline__mark timeline__mark--${span.kind}`}
              x={x(span.start)}
              y={lower ? 26 : 4}
              width={width}
              height={lower ? 10 : 20}
            />
          );
        })}
        {marks.points.map((point, i) => (
          <rect
            key={`p${i}`}
            className={`timeline__tick timeline__tick--${point.kind}`}
            x={x(point.t) - 1}
            y="0"
            width="2"
            height="26"
          />
        ))}
      </svg>
      <figcaption className="timeline__legend">
        {LEGEND.filter((kind) => present.has(kind)).map((kind) => (
          <span key={kind} className="timeline__key">
            <span className={`timeline__swatch timeline__swatch--${kind}`} aria-hidden="true" />
            {t(`drawing.replay.legend.${kind}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
});
