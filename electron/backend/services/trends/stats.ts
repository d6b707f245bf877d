/**
 * The statistics of a Trends cell, each with a 95% interval (issue 14 §1). Pure functions.
 *
 * - Mean: Student's t interval, mean ± t(0.975, n−1) · s/√n.
 * - Median: the distribution-free interval between order statistics r = n/2 − 1.96·√n/2 and s = 1 + n/2 + 1.96·√n/2,
 *   rounded to the nearest integer (Campbell & Gardner 1988, BMJ 296:1454–1456, "Calculating confidence intervals
 *   for some non-parametric analyses"); null when r < 1 or s > n.
 * - Rate (a share of 0/1 values): Wilson's score interval (Wilson 1927, JASA 22:209–212).
 */

const Z = 1.959963984540054;
/** t(0.975, df) for df 1–30 (standard tables). */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101,
  2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** t(0.975, df): the table up to 30, then the Cornish–Fisher expansion around z (error < 0.001 beyond 30). */
export function t975(df: number): number {
  if (df < 1) return Number.NaN;
  if (df <= 30) return T975[df - 1] ?? Number.NaN;
  const z3 = Z ** 3;
  const z5 = Z ** 5;
  return Z + (z3 + Z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * Z) / (96 * df * df);
}

export type Stat = {
  mean: number;
  meanLow: number | null;
  meanHigh: number | null;
  median: number | null;
  medianLow: number | null;
  medianHigh: number | null;
};

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Mean and median of `values` (at least one) with their 95% intervals. */
export function describe(values: readonly number[]): Stat {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  let meanLow: number | null = null;
  let meanHigh: number | null = null;
  if (n >= 2) {
    const variance = sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
    const half = t975(n - 1) * Math.sqrt(variance / n);
    meanLow = round(mean - half);
    meanHigh = round(mean + half);
  }
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const r = Math.round(n / 2 - (Z * Math.sqrt(n)) / 2);
  const s = Math.round(1 + n / 2 + (Z * Math.sqrt(n)) / 2);
  const ok = r >= 1 && s <= n;
  return {
    mean: round(mean),
    meanLow,
    meanHigh,
    median: round(median),
    medianLow: ok ? round(sorted[r - 1] as number) : null,
    medianHigh: ok ? round(sorted[s - 1] as number) : null,
  };
}

/** The share of ones among 0/1 `values` (at least one) with Wilson's 95% interval; no median. */
export function rate(values: readonly number[]): Stat {
  const n = values.length;
  const p = values.reduce((s, v) => s + v, 0) / n;
  const z2 = Z * Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return {
    mean: round(p),
    meanLow: round(Math.max(0, centre - half)),
    meanHigh: round(Math.min(1, centre + half)),
    median: null,
    medianLow: null,
    medianHigh: null,
  };
}

/** Reliable change class (Jacobson & Truax 1991): |change| > 1.96 · SEdiff, SEdiff = sd · √2 · √(1 − reliability). */
export function reliableChangeClass(
  change: number,
  params: { sd: number; reliability: number },
  higherIsBetter: boolean,
): 'improved' | 'unchanged' | 'deteriorated' {
  const seDiff = params.sd * Math.SQRT2 * Math.sqrt(1 - params.reliability);
  if (Math.abs(change) <= Z * seDiff) return 'unchanged';
  const better = higherIsBetter ? change > 0 : change < 0;
  return better ? 'improved' : 'deteriorated';
}
