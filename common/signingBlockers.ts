import { type FormState, type Instrument, type ScoredResult, formStatus, openItems } from '../assessments/instruments';

/**
 * What stands between an assessment draft and a signature, as one rule for both processes: the
 * backend refuses to sign on it (assessments:sign) and reports it with every draft, and the
 * assessment screen computes it from the draft it holds, which may be ahead of the last save.
 */

/**
 * One thing signing still needs, in the contract's shape (signingBlockerSchema of
 * electron/contract/assessmentChannels.ts, which the contract keeps because it may import only zod
 * and assessments/; tests/unit/common/signingBlockers.test.ts checks that the two agree).
 */
export type SigningBlocker =
  | { reason: 'drawingMissing' | 'drawingInProgress'; pageId: string }
  | { reason: 'answerProblem'; itemId: string }
  | { reason: 'unacknowledgedFlag'; flagId: string; itemId: string }
  | { reason: 'itemsOpen'; sectionId: string; count: number }
  | { reason: 'conclusionEmpty' };

/** The status of a page's current drawing (digital or paper). */
export type PageDrawingStatus = 'in-progress' | 'finished';

/** What of a draft signing depends on. */
export type SigningDraft = {
  form: FormState;
  conclusion: string;
  /** Page id → the status of the page's current drawing (the one linked last); a page without one is absent. */
  pageDrawings: ReadonlyMap<string, PageDrawingStatus>;
};

/**
 * The blockers in step order (drawings, answers, conclusion), with the live result they were
 * found from. Answers that do not fit their items, and safety flags without an acknowledgement
 * note (PHQ-9 item 9 above zero, issue 5 item 5, or left unanswered, issue 10), come from
 * formStatus. Drawing protocols also need a drawing for every required page and no drawing still
 * in progress on any page, and every item of their sections answered or the section's rest stated
 * "not assessed" (assessments/instruments/openItems.ts, issue 12 item 3).
 */
export function signingBlockers(def: Instrument, draft: SigningDraft): { blockers: SigningBlocker[]; result: ScoredResult } {
  const blockers: SigningBlocker[] = [];
  for (const page of def.kind === 'drawing' ? def.pages : []) {
    const status = draft.pageDrawings.get(page.id);
    if (status === undefined) {
      if (!page.optional) blockers.push({ reason: 'drawingMissing', pageId: page.id });
    } else if (status !== 'finished') blockers.push({ reason: 'drawingInProgress', pageId: page.id });
  }
  const status = formStatus(def, draft.form);
  for (const open of openItems(def, draft.form, [...draft.pageDrawings.keys()])) {
    blockers.push({ reason: 'itemsOpen', sectionId: open.sectionId, count: open.itemIds.length });
  }
  for (const problem of status.problems) blockers.push({ reason: 'answerProblem', itemId: problem.itemId });
  for (const flag of status.unacknowledged) blockers.push({ reason: 'unacknowledgedFlag', flagId: flag.id, itemId: flag.itemId });
  if (draft.conclusion.trim() === '') blockers.push({ reason: 'conclusionEmpty' });
  return { blockers, result: status.result };
}
