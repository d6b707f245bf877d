/**
 * Drawing-process metrics an instrument may link to form items as suggestions (docs/INSTRUMENTS.md:
 * "offers the matching metrics as suggestions on the form"; docs/DESIGN.md: accept or override).
 *
 * The ids are flat numbers so that a definition can hold thresholds as plain data. Each one is read
 * off `computeMetrics` (assessments/drawing/metrics.ts) for one page; the caller flattens it:
 *
 * - pageCoverage: `coverage.share`, 0..1 (share of the page grid touched by visible ink).
 * - placementVertical: `centroid.y / page height`, 0 = top edge .. 1 = bottom edge.
 * - placementHorizontal: `centroid.x / page width`, 0 = left edge .. 1 = right edge.
 *   (Thresholds at 1/3 and 2/3 reproduce the thirds of `placement`.)
 * - figureSizeRatio: `figureSize.areaShare`, 0..1 (bounding box of the ink / page area).
 * - erasureCount: `erasureCount`, recorded eraser strokes.
 * - pressureMean: `pressure.mean`, 0..1; only with a pen, otherwise not available (null).
 * - colouredInkShare: share of visible ink length in a colour other than black, 0..1.
 * - totalInkLength: sum of `colours[].inkLength`, visible ink length in page units (0.1 mm).
 * - colourCount: number of entries in `colours` (distinct colours of visible ink).
 *
 * A metric that is not available (null) never produces a suggestion.
 */
export const METRIC_IDS = [
  'pageCoverage',
  'placementVertical',
  'placementHorizontal',
  'figureSizeRatio',
  'erasureCount',
  'pressureMean',
  'colouredInkShare',
  'totalInkLength',
  'colourCount',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/** Metric values of one page; null or absent = not available (e.g. pressure with a mouse). */
export type PageMetrics = Partial<Record<MetricId, number | null>>;
