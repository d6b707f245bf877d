/** The disclosure engine's input and output (re-exported by index.ts; kept apart so its modules import no cycle). */

/**
 * One published figure: a count over a set of microcells (indices into the microdata cross-classification).
 *
 * `microcells` should list only the microcells that occur (hold at least one record). Leaving empty microcells out is
 * the conservative choice: it tells the audit more than a reader knows (that those microcells are zero), and an
 * audit that knows more finds more cells recoverable, never fewer. A cell whose value is 0 is always published and
 * its microcells are taken as known to be empty.
 *
 * The same figure may appear in several tables (a month's total is in every `by` table of that month): give it one id
 * and list it once, or list it under several ids (the audit then sees they are equal, which is also correct).
 */
export type PublishedCell = { id: string; value: number; microcells: readonly number[] };

/** The outcome of `suppress`: `hidden` = `primary` ∪ `complementary` (disjoint). */
export type SuppressionResult = {
  hidden: ReadonlySet<string>;
  primary: ReadonlySet<string>;
  complementary: ReadonlySet<string>;
};
