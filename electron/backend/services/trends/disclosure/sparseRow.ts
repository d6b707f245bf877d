import type { Ring } from './exactInt';

/** A sparse integer row: `cols` strictly ascending, `vals` non-zero, same length. */
export type SparseRow<T> = { cols: number[]; vals: T[] };

/** The entry of `row` at `col` (binary search), or undefined when it is zero. */
export function entryAt<T>(row: SparseRow<T>, col: number): T | undefined {
  let lo = 0;
  let hi = row.cols.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = row.cols[mid]!;
    if (c === col) return row.vals[mid];
    if (c < col) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * `row·p − pivot·q` where p = pivot[col] and q = row[col], which removes `col` from `row` (fraction-free elimination),
 * then divided by the gcd of its entries so that the numbers stay as small as the problem allows.
 */
export function eliminate<T>(ring: Ring<T>, row: SparseRow<T>, pivot: SparseRow<T>, col: number): SparseRow<T> {
  const p = entryAt(pivot, col);
  const q = entryAt(row, col);
  if (p === undefined || q === undefined) throw new Error('eliminate: no entry at the pivot column');
  const g = ring.gcd(p, q);
  const pp = ring.divExact(p, g);
  const qq = ring.divExact(q, g);
  const zero = ring.fromInt(0);
  const cols: number[] = [];
  const vals: T[] = [];
  let i = 0;
  let j = 0;
  const a = row.cols;
  const b = pivot.cols;
  while (i < a.length || j < b.length) {
    const ca = i < a.length ? a[i]! : Infinity;
    const cb = j < b.length ? b[j]! : Infinity;
    let v: T;
    let c: number;
    if (ca === cb) {
      c = ca;
      v = ring.mulSub(row.vals[i]!, pp, pivot.vals[j]!, qq);
      i++;
      j++;
    } else if (ca < cb) {
      c = ca;
      v = ring.mulSub(row.vals[i]!, pp, zero, zero);
      i++;
    } else {
      c = cb;
      v = ring.mulSub(zero, zero, pivot.vals[j]!, qq);
      j++;
    }
    if (!ring.isZero(v)) {
      cols.push(c);
      vals.push(v);
    }
  }
  return normalize(ring, { cols, vals });
}

/** Divides a row by the gcd of its entries, and makes its first entry positive. */
export function normalize<T>(ring: Ring<T>, row: SparseRow<T>): SparseRow<T> {
  if (row.vals.length === 0) return row;
  let g = ring.fromInt(0);
  for (const v of row.vals) {
    g = ring.gcd(g, v);
    if (ring.isOne(g)) break;
  }
  const flip = ring.sign(row.vals[0]!) < 0;
  if (ring.isOne(g) && !flip) return row;
  const d = flip ? ring.neg(g) : g;
  return { cols: row.cols, vals: row.vals.map((v) => ring.divExact(v, d)) };
}
