/**
 * Disclosure control for published tables (issue 14 §2): primary and complementary cell suppression, and the exact
 * audit that proves no hidden cell can be recovered from what is published.
 *
 * Pure code: no database, no clock, no I/O. The trends services build the linked set of one measure (the table, its
 * margins and every other table of that measure the area can show: month, quarter and year, each `by` dimension) as a
 * list of `PublishedCell`s over the microdata cross-classification, call `suppress`, and publish every cell whose id
 * is not in `hidden`.
 *
 * The model (as in GaussSuppression and sdcTable): every figure is a sum of microcells, the cells of the full
 * cross-classification of the records (e.g. month × unit × programme × legal status × age band × sex × language).
 * A published cell tells the reader one linear equation over the microcell counts. A hidden cell is recoverable when
 * its indicator vector lies in the row space of the published cells' vectors: then some combination of published
 * figures equals it exactly. See `audit.ts` for how this is decided exactly.
 */
export { recoverableHiddenCells } from './audit';
export { suppress } from './suppress';
export type { PublishedCell, SuppressionResult } from './types';
