import type { PublishedCell } from './types';
import { type Ring, exactly } from './exactInt';
import { type TableModel, buildModel } from './model';
import { cellRelations } from './relations';
import { type SparseRow, eliminate, entryAt } from './sparseRow';

/**
 * A recoverable hidden cell with the relation that recovers it: `witness` is an integer vector over cell indices with
 * no hidden cell in it but `cell`, and Σ witness_i · cell_i = 0, so `cell` is a combination of published cells.
 */
export type Recovery<T> = { cell: number; witness: SparseRow<T> };

/**
 * The exact test. A hidden cell h is recoverable iff some relation among the cells is non-zero at h and zero at every
 * other hidden cell. Take the relations that touch a hidden cell and bring them, over the hidden columns only, to
 * reduced echelon form (fraction-free, over the integers), keeping these invariants:
 *   (1) a pivot column is zero in every row but its pivot row;
 *   (2) a row without a pivot is zero in every hidden column.
 * Then h is recoverable iff h is a pivot column and its pivot row is zero in every other hidden column. (Write e_h as
 * a combination of the rows: by (2) only pivot rows count, and comparing coefficients at the pivot columns, by (1),
 * leaves only the row whose pivot is h, which must then equal e_h up to a factor. The converse is immediate.) The
 * full rows are carried along, so the row found is the witness.
 *
 * Hidden cells can be added one at a time (`hide`), which is how `suppress` tries its complements without starting
 * over.
 */
export class HiddenEchelon<T> {
  private readonly rows: SparseRow<T>[] = [];
  private readonly pivotOfRow: number[] = []; // −1: no pivot
  private readonly rowOfPivot = new Map<number, number>();
  private readonly hidden = new Set<number>();
  private readonly included = new Set<number>();
  private readonly relationsOf: Map<number, number[]>;

  constructor(
    private readonly ring: Ring<T>,
    private readonly relations: readonly SparseRow<T>[],
    relationsOf?: Map<number, number[]>,
  ) {
    this.relationsOf = relationsOf ?? new Map();
    if (relationsOf) return;
    relations.forEach((relation, r) => {
      for (const c of relation.cols) {
        const list = this.relationsOf.get(c);
        if (list) list.push(r);
        else this.relationsOf.set(c, [r]);
      }
    });
  }

  /** An independent copy (rows are never mutated in place, so sharing them is safe). */
  clone(): HiddenEchelon<T> {
    const copy = new HiddenEchelon<T>(this.ring, this.relations, this.relationsOf);
    copy.rows.push(...this.rows);
    copy.pivotOfRow.push(...this.pivotOfRow);
    for (const [c, r] of this.rowOfPivot) copy.rowOfPivot.set(c, r);
    for (const h of this.hidden) copy.hidden.add(h);
    for (const r of this.included) copy.included.add(r);
    return copy;
  }

  isHidden(cell: number): boolean {
    return this.hidden.has(cell);
  }

  /** Adds a hidden cell and restores the invariants. */
  hide(cell: number): void {
    if (this.hidden.has(cell)) return;
    this.hidden.add(cell);
    // Relations touching this cell that are not yet in: reduce them by the current pivots (keeps (1)).
    for (const r of this.relationsOf.get(cell) ?? []) {
      if (this.included.has(r)) continue;
      this.included.add(r);
      let row = this.relations[r]!;
      for (const c of [...row.cols]) {
        const p = this.rowOfPivot.get(c);
        if (p !== undefined && entryAt(row, c) !== undefined) row = eliminate(this.ring, row, this.rows[p]!, c);
      }
      this.rows.push(row);
      this.pivotOfRow.push(-1);
    }
    // Restore (2): a row without a pivot but with a hidden entry becomes the pivot row of that column.
    for (let changed = true; changed;) {
      changed = false;
      for (let r = 0; r < this.rows.length; r++) {
        if (this.pivotOfRow[r]! >= 0) continue;
        const col = this.rows[r]!.cols.find((c) => this.hidden.has(c));
        if (col === undefined) continue;
        this.pivot(r, col);
        changed = true;
      }
    }
  }

  private pivot(r: number, col: number): void {
    this.pivotOfRow[r] = col;
    this.rowOfPivot.set(col, r);
    const pivot = this.rows[r]!;
    for (let o = 0; o < this.rows.length; o++) {
      if (o !== r && entryAt(this.rows[o]!, col) !== undefined) this.rows[o] = eliminate(this.ring, this.rows[o]!, pivot, col);
    }
  }

  /** The recoverable hidden cells, each with the relation that recovers it, by cell index. */
  recoverable(): Recovery<T>[] {
    const found: Recovery<T>[] = [];
    for (const [h, r] of this.rowOfPivot) {
      const row = this.rows[r]!;
      if (row.cols.every((c) => c === h || !this.hidden.has(c))) found.push({ cell: h, witness: row });
    }
    return found.sort((a, b) => a.cell - b.cell);
  }
}

/** The recoverable cells of a hidden set, with their witnesses. */
export function recoveries<T>(ring: Ring<T>, relations: readonly SparseRow<T>[], hidden: ReadonlySet<number>): Recovery<T>[] {
  const echelon = new HiddenEchelon(ring, relations);
  for (const h of [...hidden].sort((a, b) => a - b)) echelon.hide(h);
  return echelon.recoverable();
}

/** Ids of the hidden cells that `recoveries` finds, in input order. */
export function recoverableIn(model: TableModel, hidden: ReadonlySet<number>): string[] {
  return exactly((ring) => recoveries(ring, cellRelations(ring, model), hidden).map((r) => model.ids[r.cell]!));
}

/** Exact audit: ids of hidden cells whose indicator vector lies in the row space of the published cells' equations. */
export function recoverableHiddenCells(cells: readonly PublishedCell[], hidden: ReadonlySet<string>): string[] {
  const model = buildModel(cells);
  const hiddenIdx = new Set<number>();
  for (const id of hidden) {
    const i = model.indexOf.get(id);
    if (i === undefined) throw new Error(`disclosure: hidden id is not a cell (${id})`);
    hiddenIdx.add(i);
  }
  return recoverableIn(model, hiddenIdx);
}
