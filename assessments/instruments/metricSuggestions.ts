/**
 * Glue between the drawing process metrics (assessments/drawing, `computeMetrics`) and the flat
 * metric ids an instrument's suggestions are written against (metricIds.ts). Each page of a
 * drawing protocol is one drawing; its metrics are flattened here and handed to
 * `suggestFromMetrics`, which the form shows beside the items to accept or override.
 */
import { computeMetrics } from '../drawing/metrics';
import type { DrawingMetrics, MetricsOptions } from '../drawing/metricTypes';
import type { Drawing } from '../drawing/model';
import { type Page, pageSize } from '../drawing/page';
import type { PageMetrics } from './metricIds';
import type { Instrument } from './schema';
import { type Suggestion, suggestFromMetrics } from './suggest';

/**
 * A colour counts as a colour when its channels differ: black, the graphite pencil (#3b3b3b in
 * the drawing toolkit) and any grey are neutral. metricIds.ts defines colouredInkShare as ink "in
 * a colour other than black"; a grey pencil line is not colour in the PPAT's sense either.
 */
export function isNeutralColour(hex: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => h.toLowerCase());
  return r === g && g === b;
}

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
  const colouredLength = colours ? colours.filter((c) => !isNeutralColour(c.colour)).reduce((sum, c) => sum + c.inkLength, 0) : 0;
  return {
    pageCoverage: metrics.coverage.share,
    placementVertical: centroid ? centroid.y / size.height : null,
    placementHorizontal: centroid ? centroid.x / size.width : null,
    figureSizeRatio: metrics.figureSize.value?.areaShare ?? null,
    erasureCount: metrics.erasureCount,
    pressureMean: metrics.pressure.value?.mean ?? null,
    // A share of nothing is undefined; dots only (no length) leave it unknown as well.
    colouredInkShare: colours && totalInkLength > 0 ? colouredLength / totalInkLength : null,
    // Not available only for dots (noVisibleInkLength), whose length is 0 anyway.
    totalInkLength,
    // Nothing visible: no colour. Dots only: colours were not measured, so unknown.
    colourCount: colours ? colours.length : nothingVisible ? 0 : null,
  };
}

/** Flat metrics per page id, from each page's drawing. Pages without a drawing are left out. */
export function metricsByPage(
  drawings: Readonly<Record<string, Drawing | undefined>>,
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
  drawings: Readonly<Record<string, Drawing | undefined>>,
  options: MetricsOptions = {},
): Suggestion[] {
  return suggestFromMetrics(def, metricsByPage(drawings, options));
}
