/**
 * Process metrics of a drawing (docs/INSTRUMENTS.md: timing, pauses, erasures, pressure, placement,
 * size, colours). Definitions, also in METRICS.md; times are on the drawing clock (model.ts):
 *
 * - totalTimeMs: from 0 to `finishedT` (or, if the drawing has none, to the end of its last event;
 *   `finished` says which), minus recorded gap time. Not available without any event or finish.
 * - gapCount, gapTimeMs: recorded gaps (app not running after a crash) and their total duration.
 * - latencyToFirstStrokeMs: start of the first ink stroke (pencil, coloured pencil or marker; an
 *   eraser leaves no mark) minus gap time before it.
 * - inkTimeMs: time the pointer was down drawing ink: the union of [first t, last t] of every ink
 *   stroke, undone ones included (overlapping multi-touch strokes count once). eraserTimeMs: the
 *   same for eraser strokes.
 * - pauses: idle time between consecutive pen-down periods of any tool; each stretch is split at
 *   recorded gaps (what happened around a crash is unknown) and a piece is a pause when it is
 *   strictly longer than `pauseThresholdMs` (default 2000). Time before the first stroke is
 *   latency and time after the last is not a pause. pauseCount, pauseTimeMs sum them.
 * - strokeCount: recorded ink strokes, undone/cleared/erased included; visibleStrokeCount: ink
 *   strokes still in effect after undo/redo/clear (replay.ts).
 * - erasureCount: recorded eraser strokes. erasedInkShare: total eraser path length divided by the
 *   total path length of all strokes (ink + eraser), all recorded strokes, 0..1.
 * - undoCount, redoCount, clearCount: recorded presses, including ones with nothing to undo/redo.
 * - erasures: eraser strokes, undos that took back an ink stroke and clears of a page with ink in
 *   effect, each counted and summed (erasures.ts).
 * - Visible ink (inkSegments.ts): segments of the ink strokes in effect that no later eraser
 *   stroke in effect has passed over (segment midpoint within half the eraser width).
 * - coverage: share of a 100 × 141 grid (141 × 100 landscape) touched by visible ink painted at
 *   its width (coverage.ts). 0 when nothing is visible: that is a measurement, not a gap.
 * - boundingBox: box around the painted area of visible ink (centre line ± half width), clipped
 *   to the page, in page units.
 * - centroid: length-weighted mean of visible ink segment midpoints.
 * - placement: the centroid's vertical and horizontal third and quadrant of the page.
 * - figureSize: bounding box area, width and height as shares of the page's.
 * - colours: each colour of visible ink with its length and share of the visible ink length.
 * - colourFill: cells of a 1 mm grid painted by visible ink in a non-neutral colour, as a share of
 *   the cells of the bounding box (colourFill.ts).
 * - pressure: mean and population SD of the pressure of every point of every ink stroke drawn with
 *   a pen (all recorded); not available without pen points, or when every pen point carries the
 *   same Pointer Events default (0, 0.5 or 1), which means the pen reports no pressure.
 * - meanStrokeSpeed: total path length of ink strokes that lasted > 0 ms divided by their total
 *   duration, in page units per second (10 units = 1 mm).
 *
 * Computed on the typed form (typed.ts), as the codec decodes it; an object-form drawing (tests, a
 * zod-parsed input) is converted once on entry.
 */
import { colourFill } from './colourFill';
import { pageCoverage } from './coverage';
import { erasureCounts } from './erasures';
import { boundingBox, centroid, colourShares, figureSize, placement } from './inkMetrics';
import { visibleInk } from './inkSegments';
import type { DrawingMetrics, MetricsOptions } from './metricTypes';
import type { Drawing } from './model';
import { pageSize } from './page';
import { replay } from './replay';
import { erasedInkShare, meanStrokeSpeed, pressureStats } from './strokeMetrics';
import { timingMetrics } from './timing';
import { type TypedDrawing, type TypedEvent, type TypedStroke, asTypedDrawing } from './typed';

export const DEFAULT_PAUSE_THRESHOLD_MS = 2000;

/** All process metrics of a valid drawing (see the definitions above). */
export function computeMetrics(input: Drawing | TypedDrawing, options: MetricsOptions = {}): DrawingMetrics {
  const drawing = asTypedDrawing(input);
  const pauseThresholdMs = options.pauseThresholdMs ?? DEFAULT_PAUSE_THRESHOLD_MS;
  if (!(pauseThresholdMs >= 0 && Number.isFinite(pauseThresholdMs))) {
    throw new RangeError(`pause threshold must be a non-negative number of ms, got ${pauseThresholdMs}`);
  }
  const size = pageSize(drawing.page);
  const strokes = drawing.events.filter((e): e is TypedStroke => e.kind === 'stroke');
  const inEffect = replay(drawing.events).strokes;
  const ink = visibleInk(inEffect);
  const timing = timingMetrics(drawing, pauseThresholdMs);
  const box = boundingBox(ink, size);
  const centre = centroid(ink);
  const count = (kind: TypedEvent['kind']) => drawing.events.filter((e) => e.kind === kind).length;

  return {
    finished: drawing.finishedT !== undefined,
    totalTimeMs: timing.totalTimeMs,
    gapCount: timing.gapCount,
    gapTimeMs: timing.gapTimeMs,
    latencyToFirstStrokeMs: timing.latencyToFirstStrokeMs,
    inkTimeMs: timing.inkTimeMs,
    eraserTimeMs: timing.eraserTimeMs,
    pauseThresholdMs,
    pauseCount: timing.pauses.length,
    pauseTimeMs: timing.pauses.reduce((sum, pause) => sum + pause.durationMs, 0),
    pauses: timing.pauses,
    strokeCount: strokes.filter((s) => s.tool !== 'eraser').length,
    visibleStrokeCount: inEffect.filter((s) => s.tool !== 'eraser').length,
    erasureCount: strokes.filter((s) => s.tool === 'eraser').length,
    erasedInkShare: erasedInkShare(strokes),
    undoCount: count('undo'),
    redoCount: count('redo'),
    clearCount: count('clear'),
    erasures: erasureCounts(drawing.events),
    coverage: pageCoverage(ink, drawing.page),
    boundingBox: box,
    centroid: centre,
    placement: placement(centre, size),
    figureSize: figureSize(box, size),
    colours: colourShares(ink),
    colourFill: colourFill(ink, box, size),
    pressure: pressureStats(strokes),
    meanStrokeSpeed: meanStrokeSpeed(strokes),
  };
}
