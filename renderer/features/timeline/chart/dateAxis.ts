/**
 * The totals chart's date axis: a linear axis of timestamps (milliseconds), so 15 Jan, 12 Feb and
 * 16 Apr stand as far apart as the weeks between them. Chart.js's time scale would need a date
 * adapter library (chartjs.org/docs/latest/axes/cartesian/time.html); the few calendar ticks the
 * chart needs are computed here instead and labelled by renderer/i18n/format.ts. Pure, so tested
 * without a canvas.
 */

const DAY_MS = 86_400_000;

/**
 * Room before the first and after the last visit, as shares of the span: a little on the left so
 * the first point clears the value axis, more on the right so the last point clears the band
 * names written at the right edge.
 */
const PAD_BEFORE = 0.05;
const PAD_AFTER = 0.18;
/** A single visit (or visits on one day) gets this much room on each side. */
const LONE_PAD_MS = 14 * DAY_MS;

/** The axis's ends: the first and last timestamps with room on both sides. */
export function dateAxisBounds(times: readonly number[]): { min: number; max: number } {
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (last - first < DAY_MS) return { min: first - LONE_PAD_MS, max: last + LONE_PAD_MS };
  return { min: first - (last - first) * PAD_BEFORE, max: last + (last - first) * PAD_AFTER };
}

type Step = { days: number } | { months: number };

/** Tick spacings from finest to coarsest: days and weeks, then months aligned to quarters and years. */
const STEPS: readonly Step[] = [
  { days: 1 },
  { days: 2 },
  { days: 7 },
  { days: 14 },
  { months: 1 },
  { months: 2 },
  { months: 3 },
  { months: 6 },
  { months: 12 },
  { months: 24 },
  { months: 60 },
];

/** Local midnights `step` apart between `min` and `max`; more than `limit` of them are not counted. */
function ticksAt(min: number, max: number, step: Step, limit: number): number[] {
  const at = new Date(min);
  at.setHours(0, 0, 0, 0);
  if ('days' in step) {
    // Days count from the first midnight on the axis.
    if (at.getTime() < min) at.setDate(at.getDate() + 1);
  } else {
    // The first of a month whose number is a multiple of the step: quarters start in January, April…
    at.setDate(1);
    at.setMonth(Math.floor(at.getMonth() / step.months) * step.months);
  }
  const ticks: number[] = [];
  while (at.getTime() <= max && ticks.length <= limit) {
    if (at.getTime() >= min) ticks.push(at.getTime());
    if ('days' in step) at.setDate(at.getDate() + step.days);
    else at.setMonth(at.getMonth() + step.months);
  }
  return ticks;
}

/**
 * Where the date labels go between `min` and `max`: calendar days, weeks, month starts or year
 * starts, the finest spacing that gives no more than `maxTicks` labels.
 */
export function dateTicks(min: number, max: number, maxTicks = 6): number[] {
  for (const step of STEPS) {
    const ticks = ticksAt(min, max, step, maxTicks);
    if (ticks.length <= maxTicks) return ticks;
  }
  return [];
}
