import type { FormState, Instrument, Item } from '../../../assessments/instruments';

/**
 * The items a client is asked, in order. An item under a published skip rule is not asked when
 * its condition holds (K10: item 3 after "none of the time" on item 2); the engine then scores
 * it as the rule says.
 */
export function askedItems(def: Instrument, state: FormState): Item[] {
  const skipped = new Set(
    def.skipRules.filter((r) => state.answers[r.when.itemId]?.value === r.when.equals).map((r) => r.itemId),
  );
  return def.sections.flatMap((s) => s.items).filter((item) => !skipped.has(item.id));
}

/** After an answer, drops answers to items the answer now skips, so they are scored by the rule. */
export function dropSkipped(def: Instrument, state: FormState, changedItemId: string): FormState {
  const rules = def.skipRules.filter(
    (r) => r.when.itemId === changedItemId && state.answers[changedItemId]?.value === r.when.equals,
  );
  if (rules.length === 0) return state;
  const answers = { ...state.answers };
  for (const rule of rules) delete answers[rule.itemId];
  return { ...state, answers };
}
