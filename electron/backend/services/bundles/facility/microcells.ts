import { TRENDS_DRAWING_METRICS } from '../../../../contract/trendsChannels';
import type { Db } from '../../../db/connection';
import type { Category } from '../../trends/linkedSet';
import { trendsFamilies } from '../../trends/trendsView';
import type { BundleFamily, Microcell } from '../format';

/**
 * A bundle's figures (issue 15 §2): every Trends family of the quarters' years, read by the same code the Trends area
 * uses (`trendsFamilies`), turned into microcells without suppression. A microcell is one month and one combination
 * of the family's categories, with how many units fell in it and, per value the statistics use, the histogram of
 * those values (rounded to 3 decimals, the precision Trends shows) — nothing about a person. Every figure the Trends
 * area shows for a month, quarter or year is a sum over these cells, which is what the supervisor recombines.
 */

/** The quarter ('2026-Q2') of a month index 0–11 of `year`. */
const quarterOf = (year: number, month: number): string => `${year}-Q${Math.floor(month / 3) + 1}`;
const round3 = (v: number): number => Math.round(v * 1000) / 1000;
/** A category as the payload takes it: a unit's name without control characters, at most 200 characters; "" is null. */
function clean(c: Category | undefined): Category {
  if (c === null || c === undefined) return null;
  const text = c.replace(/\p{Cc}/gu, ' ').slice(0, 200);
  return text === '' ? null : text;
}

/** What the family's values are, by the statistics of the measures that view it. */
function valueNames(measures: readonly string[], statistics: readonly (string | null)[], width: number): string[] {
  if (width === 0) return [];
  if (measures.includes('drawingProcess')) return [...TRENDS_DRAWING_METRICS].slice(0, width);
  const kind = statistics.find((k) => k !== null) ?? 'value';
  return width === 1 ? [kind] : Array.from({ length: width }, (_, i) => `${kind}${i + 1}`);
}

/** `today` (YYYY-MM-DD): measures that follow people after an event (employment after release) say what is known by then. */
export function bundleFamilies(db: Db, quarters: readonly string[], today: string): BundleFamily[] {
  const wanted = new Set(quarters);
  const years = [...new Set(quarters.map((q) => Number(q.slice(0, 4))))].sort((a, b) => a - b);
  const out = new Map<string, BundleFamily>();
  for (const year of years) {
    for (const { key, measures, statistics, family } of trendsFamilies(db, year, today)) {
      // Slots are sparse arrays (eventUnit): read them by index, not by map/spread.
      let width = 0;
      for (const u of family.units) for (let m = 0; m < 12; m++) width = Math.max(width, u.slots[m]?.values?.length ?? 0);
      const target =
        out.get(key) ??
        ({
          key,
          measures: [...measures],
          by: [...family.by],
          values: valueNames(measures, statistics, width),
          cells: [],
        } as BundleFamily);
      out.set(key, target);
      const cells = new Map<string, { month: string; cats: Category[]; count: number; hist: Map<number, number>[] }>();
      for (const unit of family.units) {
        // An event's month: Trends counts every unit in exactly one month (eventUnit), the quarter and year are its sums.
        for (let m = 0; m < 12; m++) {
          const entry = unit.slots[m];
          if (!entry || !wanted.has(quarterOf(year, m))) continue;
          const month = `${year}-${String(m + 1).padStart(2, '0')}`;
          const cats = family.by.map((_, j) => clean(entry.cats[j]));
          const id = `${month}\u0001${JSON.stringify(cats)}`;
          let cell = cells.get(id);
          if (!cell) {
            cell = { month, cats, count: 0, hist: Array.from({ length: target.values.length }, () => new Map<number, number>()) };
            cells.set(id, cell);
          }
          cell.count += 1;
          cell.hist.forEach((h, i) => {
            const v = entry.values?.[i];
            if (v === null || v === undefined || !Number.isFinite(v)) return;
            const r = round3(v);
            h.set(r, (h.get(r) ?? 0) + 1);
          });
        }
      }
      const sorted = [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [, c] of sorted) {
        const cell: Microcell = {
          month: c.month,
          cats: c.cats,
          count: c.count,
          values: c.hist.map((h) => [...h.entries()].sort((a, b) => a[0] - b[0])),
        };
        target.cells.push(cell);
      }
    }
  }
  return [...out.values()];
}
