import type { PublishedCell } from './types';

/** The cells of one linked set, checked, with each cell's microcells as the audit sees them. */
export type TableModel = {
  ids: readonly string[];
  values: readonly number[];
  /** Per cell: its microcells that are not known to be empty, ascending and without repeats. */
  vectors: readonly (readonly number[])[];
  indexOf: ReadonlyMap<string, number>;
};

/**
 * Checks the cells and removes what a reader knows to be empty: every microcell of a cell whose value is 0. That is
 * exact for a published 0 and conservative for a hidden one (the audit then assumes the reader knows it; a hidden 0
 * is reported as recoverable, which is why `suppress` never hides zeros).
 */
export function buildModel(cells: readonly PublishedCell[]): TableModel {
  const indexOf = new Map<string, number>();
  const knownEmpty = new Set<number>();
  cells.forEach((cell, i) => {
    if (indexOf.has(cell.id)) throw new Error(`disclosure: cell id listed twice (${cell.id})`);
    indexOf.set(cell.id, i);
    if (!Number.isSafeInteger(cell.value) || cell.value < 0)
      throw new Error(`disclosure: a count must be a whole number ≥ 0 (${cell.id})`);
    for (const m of cell.microcells) {
      if (!Number.isInteger(m) || m < 0 || m > 0x7fffffff)
        throw new Error(`disclosure: a microcell is a whole number ≥ 0 (${cell.id})`);
    }
    if (cell.value === 0) for (const m of cell.microcells) knownEmpty.add(m);
  });
  const vectors = cells.map((cell) => {
    const sorted = Int32Array.from(cell.microcells).sort(); // a typed array sorts numerically
    const v: number[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const m = sorted[i]!;
      if ((i === 0 || m !== sorted[i - 1]) && !knownEmpty.has(m)) v.push(m);
    }
    // A positive count over microcells that are all known to be empty cannot come from real data.
    if (cell.value > 0 && v.length === 0)
      throw new Error(`disclosure: a positive count with no microcell that occurs (${cell.id})`);
    return v;
  });
  return { ids: cells.map((c) => c.id), values: cells.map((c) => c.value), vectors, indexOf };
}
