import { ExactnessOverflow, type Ring } from './exactInt';
import type { TableModel } from './model';
import { type SparseRow, eliminate, entryAt, normalize } from './sparseRow';

/**
 * A basis of the linear relations among the cells: integer vectors y with Σ y_i · (cell i's indicator vector) = 0.
 * Each relation is a sparse row over cell indices.
 *
 * Why relations and not the published equations directly: a hidden cell h is recoverable exactly when some relation
 * has y_h ≠ 0 and y_j = 0 for every other hidden j (then h = −(1/y_h) Σ_published y_p · p). So once the relations are
 * known, auditing any hidden set is elimination on a small matrix (the relations that touch hidden cells, restricted
 * to hidden columns), and `suppress` can try many hidden sets cheaply: the relations do not depend on which cells are
 * hidden.
 *
 * How: the relations are the null space of Aᵀ, where A is the cells × microcells incidence matrix. Rows of Aᵀ are the
 * microcells' patterns (which cells each microcell is in; microcells with the same pattern are one row). They are
 * brought to reduced echelon form over cell columns ordered from the most detailed cell to the largest, so pivots fall
 * on detailed cells and the free columns are the aggregates; each free column gives one relation ("this quarter = its
 * three months"), which keeps the relations sparse.
 */
export function cellRelations<T>(ring: Ring<T>, model: TableModel): SparseRow<T>[] {
  const n = model.ids.length;
  // Column position: most detailed (fewest microcells) first; ties by input order.
  const order = [...Array(n).keys()].sort((a, b) => model.vectors[a]!.length - model.vectors[b]!.length || a - b);

  const patterns = microcellPatterns(model, order);
  const one = ring.fromInt(1);
  const zero = ring.fromInt(0);
  const pivotAt: (SparseRow<T> | undefined)[] = new Array(n);
  // The row being reduced is kept dense (most patterns reduce to zero against the pivots found so far, and a dense
  // row makes each step cost the pivot's length only); a pivot whose leading entry is not 1 scales the whole row.
  const work: T[] = new Array<T>(n).fill(zero);
  const fast = ring.name === 'number';
  const nonZero = new Bitset(n);
  const { offsets, positions } = patterns;
  for (let m = 0; m + 1 < offsets.length; m++) {
    const from = offsets[m]!;
    const to = offsets[m + 1]!;
    for (let e = from; e < to; e++) {
      work[positions[e]!] = one;
      nonZero.set(positions[e]!);
    }
    for (let lead = nonZero.next(0); lead >= 0; lead = nonZero.next(lead)) {
      const q = work[lead]!;
      const pivot = pivotAt[lead];
      if (!pivot) {
        const cols: number[] = [];
        const vals: T[] = [];
        for (let c = lead; c >= 0; c = nonZero.next(c + 1)) {
          cols.push(c);
          vals.push(work[c]!);
          work[c] = zero;
          nonZero.clear(c);
        }
        pivotAt[lead] = normalize(ring, { cols, vals });
        break;
      }
      const p = pivot.vals[0]!;
      if (!ring.isOne(p)) for (let c = lead; c >= 0; c = nonZero.next(c + 1)) work[c] = ring.mulSub(work[c]!, p, zero, zero);
      if (fast) {
        // The same update in plain numbers, without a call per entry (the hot loop); still checked exact.
        const w = work as unknown as number[];
        const pv = pivot.vals as unknown as number[];
        const qn = q as unknown as number;
        for (let k = 0; k < pivot.cols.length; k++) {
          const c = pivot.cols[k]!;
          const product = pv[k]! * qn;
          const v = w[c]! - product;
          if (!Number.isSafeInteger(product) || !Number.isSafeInteger(v)) throw new ExactnessOverflow();
          w[c] = v === 0 ? 0 : v;
          if (v === 0) nonZero.clear(c);
          else nonZero.set(c);
        }
        continue;
      }
      for (let k = 0; k < pivot.cols.length; k++) {
        const c = pivot.cols[k]!;
        const v = ring.mulSub(work[c]!, one, pivot.vals[k]!, q);
        work[c] = v;
        if (ring.isZero(v)) nonZero.clear(c);
        else nonZero.set(c);
      }
    }
  }

  // Back-substitution to reduced echelon form: clear each pivot column from the rows above it.
  const pivots = [...pivotAt.keys()].filter((pos) => pivotAt[pos] !== undefined);
  for (let i = pivots.length - 1; i >= 0; i--) {
    const pos = pivots[i]!;
    const pivot = pivotAt[pos]!;
    for (let j = 0; j < i; j++) {
      const above = pivots[j]!;
      const row = pivotAt[above]!;
      if (entryAt(row, pos) !== undefined) pivotAt[above] = eliminate(ring, row, pivot, pos);
    }
  }

  // Column f of the echelon rows, for every free f: which pivot rows have an entry there.
  const inFreeColumn = new Map<number, { pos: number; value: T }[]>();
  for (const pos of pivots) {
    const row = pivotAt[pos]!;
    for (let k = 1; k < row.cols.length; k++) {
      const f = row.cols[k]!;
      const list = inFreeColumn.get(f);
      const entry = { pos, value: row.vals[k]! };
      if (list) list.push(entry);
      else inFreeColumn.set(f, [entry]);
    }
  }
  const relations: SparseRow<T>[] = [];
  for (let f = 0; f < n; f++) {
    if (pivotAt[f]) continue;
    // y_f = L and y_pivot(i) = −R_i[f]·L/d_i, with L the lcm of the pivot values d_i involved (so y is integral).
    const entries = inFreeColumn.get(f) ?? [];
    let lcm = one;
    for (const { pos } of entries) {
      const d = pivotAt[pos]!.vals[0]!;
      const g = ring.gcd(lcm, d);
      lcm = ring.mulSub(ring.divExact(lcm, g), d, zero, zero);
    }
    if (ring.sign(lcm) < 0) lcm = ring.neg(lcm);
    const byCell: [number, T][] = [[order[f]!, lcm]];
    for (const { pos, value } of entries) {
      const d = pivotAt[pos]!.vals[0]!;
      byCell.push([order[pos]!, ring.neg(ring.mulSub(value, ring.divExact(lcm, d), zero, zero))]);
    }
    byCell.sort((a, b) => a[0] - b[0]);
    relations.push(normalize(ring, { cols: byCell.map((e) => e[0]), vals: byCell.map((e) => e[1]) }));
  }
  return relations;
}

/**
 * Each microcell's pattern: the column positions of the cells it is in, ascending (compressed rows: microcell m's
 * positions are `positions[offsets[m] .. offsets[m+1])`). Cells are visited in position order, so no sort is needed.
 */
function microcellPatterns(model: TableModel, order: readonly number[]): { offsets: Int32Array; positions: Int32Array } {
  const dense = new Map<number, number>();
  let entries = 0;
  for (const vector of model.vectors) {
    entries += vector.length;
    for (const m of vector) if (!dense.has(m)) dense.set(m, dense.size);
  }
  const counts = new Int32Array(dense.size + 1);
  const ids = model.vectors.map((vector) => vector.map((m) => dense.get(m)!));
  for (const vector of ids) for (const m of vector) counts[m + 1]!++;
  const offsets = new Int32Array(dense.size + 1);
  for (let m = 0; m < dense.size; m++) offsets[m + 1] = offsets[m]! + counts[m + 1]!;
  const fill = offsets.slice(0, dense.size);
  const positions = new Int32Array(entries);
  order.forEach((cell, pos) => {
    for (const m of ids[cell]!) positions[fill[m]!++] = pos;
  });
  return { offsets, positions };
}

/** The positions of the non-zero entries of the dense working row, so the next one is found a word at a time. */
class Bitset {
  private readonly words: Uint32Array;
  constructor(size: number) {
    this.words = new Uint32Array((size >> 5) + 1);
  }
  set(i: number): void {
    this.words[i >> 5]! |= 1 << (i & 31);
  }
  clear(i: number): void {
    this.words[i >> 5]! &= ~(1 << (i & 31));
  }
  /** The smallest set position ≥ from, or −1. */
  next(from: number): number {
    let w = from >> 5;
    if (w >= this.words.length) return -1;
    let bits = this.words[w]! & (~0 << (from & 31));
    for (;;) {
      if (bits !== 0) return (w << 5) + (31 - Math.clz32(bits & -bits));
      if (++w >= this.words.length) return -1;
      bits = this.words[w]!;
    }
  }
}
