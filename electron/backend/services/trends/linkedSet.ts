import { createHash } from 'node:crypto';
import { type PublishedCell, suppress } from './disclosure';

/**
 * The linked set of one measure family over one calendar year (issue 14 §2), built from its units (a person, an
 * assessment, a session, an attendance line …), and suppressed once for every table the area can show of it.
 *
 * Slots: 0–11 the months, 12–15 the quarters, 16 the year. A unit holds, per slot, either nothing (not counted in
 * that period) or an entry: its category for each `by` of the family, and the values its statistics use. For an
 * event the quarter's and the year's entries are its month's; for a person counted once per period (clients seen,
 * change) each period has its own entry (the attributes on the first or latest contact in it). Either way every
 * figure the area publishes — a cell (slot, by, category), a slot's total — is a sum over *microcells*: the distinct
 * patterns of entries over the 17 slots. So the exact linear audit applies to distinct-person counts too: a quarter
 * is not the sum of its months, but both are sums over the same microcells.
 *
 * Column totals and the grand total of any table are the year slot's figures, so every table of the year is in one
 * set: month, quarter and year tables, each by every `by`, their margins.
 */
export const SLOT_COUNT = 17;
export const YEAR_SLOT = 16;

export type Category = string | null;
export type SlotEntry = { cats: readonly Category[]; values?: readonly (number | null)[] };
/**
 * `weight`: how many units share these entries (default 1). A supervisor installation combines facilities' stored
 * microcells (issue 15), each a count of units, without rebuilding one object per unit.
 */
export type Unit = { slots: readonly (SlotEntry | undefined)[]; weight?: number };

/** An event on one date: the same entry in its month, quarter and year. */
export function eventUnit(date: string, cats: readonly Category[], values?: readonly (number | null)[]): Unit {
  const month = Number(date.slice(5, 7)) - 1;
  const entry: SlotEntry = values ? { cats, values } : { cats };
  const slots: (SlotEntry | undefined)[] = new Array<SlotEntry | undefined>(SLOT_COUNT);
  slots[month] = entry;
  slots[12 + Math.floor(month / 3)] = entry;
  slots[YEAR_SLOT] = entry;
  return { slots };
}

/** The slots of one granularity, with their period keys. */
export function slotsOf(granularity: 'month' | 'quarter' | 'year', year: number): { slot: number; key: string }[] {
  if (granularity === 'month') {
    return Array.from({ length: 12 }, (_, m) => ({ slot: m, key: `${year}-${String(m + 1).padStart(2, '0')}` }));
  }
  if (granularity === 'quarter') return Array.from({ length: 4 }, (_, q) => ({ slot: 12 + q, key: `${year}-Q${q + 1}` }));
  return [{ slot: YEAR_SLOT, key: String(year) }];
}

const NULL_KEY = '\u0000';
const catKey = (c: Category): string => (c === null ? NULL_KEY : c);
export const totalId = (slot: number): string => `${slot}|*`;
export const cellId = (slot: number, by: number, c: Category): string => `${slot}|${by}|${catKey(c)}`;

export type SuppressedSet = {
  /** Column categories of each `by`, in display order. */
  columns: readonly (readonly Category[])[];
  /** Value of every published-or-hidden figure, by id. */
  values: ReadonlyMap<string, number>;
  hidden: ReadonlySet<string>;
};

/**
 * Builds every figure of the set and suppresses it with threshold k. `fixedColumns[j]`: categories always shown for
 * `by` j (the others found in the data follow, sorted; "not recorded" last). `cache` keeps results across calls:
 * keyed by the set's whole content, so a changed record simply misses.
 */
export function buildSuppressedSet(
  units: readonly Unit[],
  byCount: number,
  fixedColumns: readonly (readonly Category[])[],
  k: number,
  cache?: Map<string, SuppressedSet>,
): SuppressedSet {
  // Microcells: distinct patterns of slot entries (categories only).
  const index = new Map<string, number>();
  const patterns: (readonly (SlotEntry | undefined)[])[] = [];
  const counts: number[] = [];
  for (const u of units) {
    let key = '';
    for (let s = 0; s < SLOT_COUNT; s++) {
      const e = u.slots[s];
      key += e ? e.cats.map(catKey).join('\u0001') : '-';
      key += '\u0002';
    }
    let i = index.get(key);
    if (i === undefined) {
      i = patterns.length;
      index.set(key, i);
      patterns.push(u.slots);
      counts.push(0);
    }
    counts[i] = (counts[i] ?? 0) + (u.weight ?? 1);
  }
  const columns = fixedColumns.map((fixed, j) => {
    const seen = new Set<Category>(fixed);
    for (const p of patterns) for (const e of p) if (e) seen.add(e.cats[j] ?? null);
    const extra = [...seen].filter((c) => !fixed.includes(c) && c !== null).sort((a, b) => String(a).localeCompare(String(b)));
    return [...fixed.filter((c) => c !== null), ...extra, ...(seen.has(null) ? [null] : [])];
  });
  while (columns.length < byCount) columns.push([]);

  const micro = new Map<string, number[]>();
  const add = (id: string, i: number) => {
    const list = micro.get(id);
    if (list) list.push(i);
    else micro.set(id, [i]);
  };
  // Every figure of every table, zeros included (a zero is published, over no occurring microcell).
  for (let s = 0; s < SLOT_COUNT; s++) {
    micro.set(totalId(s), []);
    for (let j = 0; j < byCount; j++) for (const c of columns[j] ?? []) micro.set(cellId(s, j, c), []);
  }
  patterns.forEach((p, i) => {
    for (let s = 0; s < SLOT_COUNT; s++) {
      const e = p[s];
      if (!e) continue;
      add(totalId(s), i);
      for (let j = 0; j < byCount; j++) add(cellId(s, j, e.cats[j] ?? null), i);
    }
  });
  const cells: PublishedCell[] = [];
  const values = new Map<string, number>();
  for (const [id, list] of micro) {
    const value = list.reduce((sum, i) => sum + (counts[i] ?? 0), 0);
    values.set(id, value);
    cells.push({ id, value, microcells: list });
  }

  const cacheKey = cache
    ? createHash('sha256')
        .update(
          `${k}\u0003${JSON.stringify(fixedColumns)}\u0003${[...index.keys()].map((key, i) => `${key}=${counts[i]}`).join('\u0003')}`,
        )
        .digest('hex')
    : '';
  const cached = cache?.get(cacheKey);
  if (cached) return cached;
  const result: SuppressedSet = { columns, values, hidden: suppress(cells, k).hidden };
  if (cache) {
    if (cache.size >= 64) cache.delete(cache.keys().next().value as string);
    cache.set(cacheKey, result);
  }
  return result;
}
