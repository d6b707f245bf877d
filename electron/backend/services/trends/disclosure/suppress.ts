import type { PublishedCell, SuppressionResult } from './types';
import { HiddenEchelon } from './audit';
import { type Ring, exactly } from './exactInt';
import { type TableModel, buildModel } from './model';
import { cellRelations } from './relations';

/**
 * Primary: counts 1..k-1; then complements (smallest first) until the exact audit finds no hidden cell recoverable.
 *
 * Each round audits the hidden set; for the first recoverable cell it takes the relation that recovers it and hides
 * the smallest published cell in that relation (then the one over fewer microcells, then input order). That always
 * makes progress: the affine set of relations that recover the cell loses a dimension or becomes empty, so the loop
 * ends, at worst with every non-zero cell hidden, which is safe (a hidden cell is then a combination of zeros only if
 * it is empty). Zeros are never hidden: under the audit's model a 0 is known (see `model.ts`). Complements are
 * audited like primaries: a complement that could be recovered would give the reader an equation among the primaries.
 */
export function suppress(cells: readonly PublishedCell[], k: number): SuppressionResult {
  if (!Number.isSafeInteger(k) || k < 1) throw new Error('disclosure: k is a whole number ≥ 1');
  const model = buildModel(cells);
  const primary = new Set<number>();
  model.values.forEach((v, i) => {
    if (v >= 1 && v <= k - 1) primary.add(i);
  });
  const complementary = exactly((ring) => complements(ring, model, primary));
  const ids = (set: Iterable<number>) => new Set([...set].map((i) => model.ids[i]!));
  return { hidden: ids([...primary, ...complementary]), primary: ids(primary), complementary: ids(complementary) };
}

/** How many of the smallest candidates each step tries. */
const LOOKAHEAD = 6;

function complements<T>(ring: Ring<T>, model: TableModel, primary: ReadonlySet<number>): Set<number> {
  const relations = cellRelations(ring, model);
  const echelon = new HiddenEchelon(ring, relations);
  for (const p of [...primary].sort((a, b) => a - b)) echelon.hide(p);
  const added = new Set<number>();
  const smaller = (a: number, b: number) =>
    model.values[a]! - model.values[b]! || model.vectors[a]!.length - model.vectors[b]!.length || a - b;
  for (;;) {
    const found = echelon.recoverable();
    if (found.length === 0) return added;
    const { cell } = found[0]!;
    // Prefer a basis relation in which this is the only hidden cell (a margin, a quarter's months): it is short and
    // local, so its smallest cell is a neighbour. The echelon's witness is a combination of many relations, and its
    // smallest cell may lie anywhere in the set and need protection in turn.
    let witness = found[0]!.witness;
    for (const relation of relations) {
      if (relation.cols.length >= witness.cols.length || !relation.cols.includes(cell)) continue;
      if (relation.cols.every((c) => c === cell || !echelon.isHidden(c))) witness = relation;
    }
    // Look ahead: of the few smallest published cells in the relation, hide the one that leaves the fewest
    // recoverable cells (so that complements pair up: a rectangle in a two-way table instead of a chain).
    const options = witness.cols
      .filter((c) => c !== cell && !echelon.isHidden(c) && model.values[c]! > 0)
      .sort(smaller)
      .slice(0, LOOKAHEAD);
    // A non-empty cell is never a combination of zeros alone, so its witness always holds a non-zero published cell.
    if (options.length === 0) throw new Error('disclosure: a recoverable cell without a published complement');
    let choice = options[0]!;
    let fewest = Infinity;
    for (const c of options) {
      const trial = echelon.clone();
      trial.hide(c);
      const left = trial.recoverable().length;
      if (left < fewest) [choice, fewest] = [c, left];
      if (left === 0) break;
    }
    echelon.hide(choice);
    added.add(choice);
  }
}
