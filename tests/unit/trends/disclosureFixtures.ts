import type { PublishedCell } from '../../../electron/backend/services/trends/disclosure';

/** One record of the microdata: its month (0–11) and its category on each dimension. */
export type Rec = { month: number; cats: readonly number[] };

/**
 * The linked set of one measure as the Trends area can show it: for each granularity (month, quarter, year) a table of
 * period × (total | each dimension's categories), i.e. every `by` table and their shared margins, each figure once.
 * Microcells are the occurring combinations (month, category on every dimension).
 */
export function linkedSet(records: readonly Rec[], dimSizes: readonly number[]): PublishedCell[] {
  const microIndex = new Map<string, number>();
  const micro = records.map((r) => {
    const key = `${r.month}|${r.cats.join(',')}`;
    let i = microIndex.get(key);
    if (i === undefined) microIndex.set(key, (i = microIndex.size));
    return i;
  });
  const periods: { id: string; months: number[] }[] = [];
  for (let m = 0; m < 12; m++) periods.push({ id: `m${m + 1}`, months: [m] });
  for (let q = 0; q < 4; q++) periods.push({ id: `q${q + 1}`, months: [3 * q, 3 * q + 1, 3 * q + 2] });
  periods.push({ id: 'y', months: [...Array(12).keys()] });
  const cells: PublishedCell[] = [];
  for (const p of periods) {
    const inPeriod = records.map((r, i) => [r, micro[i]!] as const).filter(([r]) => p.months.includes(r.month));
    const cell = (id: string, rows: (readonly [Rec, number])[]) =>
      cells.push({ id, value: rows.length, microcells: [...new Set(rows.map(([, m]) => m))] });
    cell(`${p.id}/total`, inPeriod);
    dimSizes.forEach((size, d) => {
      for (let c = 0; c < size; c++)
        cell(
          `${p.id}/d${d}=${c}`,
          inPeriod.filter(([r]) => r.cats[d] === c),
        );
    });
  }
  return cells;
}

/** A small deterministic generator (mulberry32), so fixtures never depend on the machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` records over 12 months and the given dimensions, skewed so that some categories are rare. */
export function randomRecords(count: number, dimSizes: readonly number[], seed: number): Rec[] {
  const rnd = seeded(seed);
  const skewed = (size: number) => Math.min(size - 1, Math.floor(size * rnd() * rnd() * 1.6));
  return Array.from({ length: count }, () => ({ month: Math.floor(rnd() * 12), cats: dimSizes.map(skewed) }));
}
