/**
 * Drawing-process metrics an instrument may link to form items as suggestions (docs/INSTRUMENTS.md:
 * "offers the matching metrics as suggestions on the form"; docs/DESIGN.md: accept or override).
 *
 * The ids are flat numbers so that a definition can hold thresholds as plain data. Each one is read
 * off `computeMetrics` (assessments/drawing/metrics.ts, definitions in assessments/drawing/METRICS.md) for one page; the
 * caller flattens it (metricSuggestions.ts). Each id names what it measures, so a suggestion can be
 * checked against the item it fills (issue 13 §4):
 *
 * - pageCoverage: `coverage.share`, 0..1 (share of the page grid touched by visible ink).
 * - placementVertical: `centroid.y / page height`, 0 = top edge .. 1 = bottom edge.
 * - placementHorizontal: `centroid.x / page width`, 0 = left edge .. 1 = right edge.
 *   (Thresholds at 1/3 and 2/3 reproduce the thirds of `placement`.)
 * - drawingExtentShare: `figureSize.areaShare`, 0..1: the box around ALL visible ink on the page
 *   (the whole drawing, not one figure) as a share of the page area. For FEATS Space it is the
 *   picture's extent; for "size of the figure" it is the whole drawing, and the rationale says so.
 * - erasures: `erasures.total`: eraser strokes + undos that took back ink + clears of a page with
 *   ink (assessments/drawing/erasures.ts).
 * - pressureMean: `pressure.mean`, 0..1; only with a pen, otherwise not available (null).
 * - colourFilledShare: `colourFill.share`, 0..1: share of the picture's extent painted in colour
 *   (assessments/drawing/colourFill.ts); what FEATS Prominence of Colour is about.
 * - totalInkLength: sum of `colours[].inkLength`, visible ink length in page units (0.1 mm).
 * - colourCount: number of entries in `colours` (distinct colours of visible ink).
 *
 * A metric that is not available (null) never produces a suggestion.
 */
export const METRIC_IDS = [
  'pageCoverage',
  'placementVertical',
  'placementHorizontal',
  'drawingExtentShare',
  'erasures',
  'pressureMean',
  'colourFilledShare',
  'totalInkLength',
  'colourCount',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/** Metric values of one page; null or absent = not available (e.g. pressure with a mouse). */
export type PageMetrics = Partial<Record<MetricId, number | null>>;
