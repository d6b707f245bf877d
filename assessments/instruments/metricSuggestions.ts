/**
 * Glue between the drawing process metrics (assessments/drawing, `computeMetrics`) and the flat
 * metric ids an instrument's suggestions are written against (metricIds.ts). Each page of a
 * drawing protocol is one drawing; its metrics are flattened here and handed to
 * `suggestFromMetrics`, which the form shows beside the items to accept or override.
 */
import { computeMetrics } from '../drawing/metrics';
import type { DrawingMetrics, MetricsOptions } from '../drawing/metricTypes';
import type { Drawing } from '../drawing/model';
import type { TypedDrawing } from '../drawing/typed';
import { type Page, pageSize } from '../drawing/page';
import type { PageMetrics } from './metricIds';
import type { Instrument } from './schema';
import { type Suggestion, suggestFromMetrics } from './suggest';

/** Re-exported for callers that read colours here (the rule lives with the colour-fill metric). */
export { isNeutralColour } from '../drawing/colourFill';

/**
 * The flat metrics of one page (definitions in metricIds.ts). A metric that computeMetrics could
 * not compute is null, never a made-up number; quantities that are truly zero when nothing is
 * visible (ink length, number of colours) are 0, because that is a measurement.
 */
export function flattenMetrics(metrics: DrawingMetrics, page: Page): PageMetrics {
  const size = pageSize(page);
  const centroid = metrics.centroid.value;
  const colours = metrics.colours.value;
  const nothingVisible = metrics.colours.reason === 'noVisibleInk';
  const totalInkLength = colours ? colours.reduce((sum, c) => sum + c.inkLength, 0) : 0;
  return {
    pageCoverage: metrics.coverage.share,
    placementVertical: centroid ? centroid.y / size.height : null,
    placementHorizontal: centroid ? centroid.x / size.width : null,
    drawingExtentShare: metrics.figureSize.value?.areaShare ?? null,
    erasures: metrics.erasures.total,
    pressureMean: metrics.pressure.value?.mean ?? null,
    // No picture, no share of it: not available rather than 0.
    colourFilledShare: metrics.colourFill.value?.share ?? null,
    // Not available only for dots (noVisibleInkLength), whose length is 0 anyway.
    totalInkLength,
    // Nothing visible: no colour. Dots only: colours were not measured, so unknown.
    colourCount: colours ? colours.length : nothingVisible ? 0 : null,
  };
}

/** Flat metrics per page id, from each page's drawing. Pages without a drawing are left out. */
export function metricsByPage(
  drawings: Readonly<Record<string, Drawing | TypedDrawing | undefined>>,
  options: MetricsOptions = {},
): Record<string, PageMetrics> {
  const out: Record<string, PageMetrics> = {};
  for (const [pageId, drawing] of Object.entries(drawings)) {
    if (drawing) out[pageId] = flattenMetrics(computeMetrics(drawing, options), drawing.page);
  }
  return out;
}

/** The suggestions of an instrument for the drawings of its pages (keyed by page id). */
export function suggestionsFromDrawings(
  def: Instrument,
  drawings: Readonly<Record<string, Drawing | TypedDrawing | undefined>>,
  options: MetricsOptions = {},
): Suggestion[] {
  return suggestFromMetrics(def, metricsByPage(drawings, options));
}
