/**
 * The steps of one assessment and how far each one is, as pure functions of the definition and
 * the draft, so the stepper, the signing review and the unit tests share one rule. Signing itself
 * is decided by the backend (assessments:sign); these statuses only guide the psychologist.
 */
import { type Instrument, formStatus } from '../../../../assessments/instruments';
import { type AssessmentPage, SIGNING_BLOCKERS, type SigningBlocker } from '../../../../electron/contract/assessmentChannels';
import { signingBlockers } from '../../../../common/signingBlockers';
import type { Draft } from './draft';

/**
 * Drawing protocols: the drawings, the inquiry (when a page has questions), the scoring form,
 * the conclusion, signing. Questionnaires: the answers (client mode or the psychologist's form,
 * with live scores), the conclusion, signing.
 */
export type StepId = 'drawings' | 'inquiry' | 'scoring' | 'answers' | 'conclusion' | 'sign';
/** complete: nothing left to do; started: something done, something left; todo: nothing yet; attention: blocks signing. */
export type StepStatus = 'complete' | 'started' | 'todo' | 'attention';

export function workflowSteps(def: Instrument): StepId[] {
  if (def.kind === 'questionnaire') return ['answers', 'conclusion', 'sign'];
  const inquiry = def.pages.some((p) => p.inquiry.length > 0);
  return ['drawings', ...(inquiry ? (['inquiry'] as const) : []), 'scoring', 'conclusion', 'sign'];
}

/** The pages whose current drawing is finished (digital or paper): what was drawn. */
export function drawnPageIds(pages: readonly AssessmentPage[]): string[] {
  return pages.filter((p) => p.drawing?.status === 'finished').map((p) => p.pageId);
}

/**
 * What still blocks signing, computed here from the draft the screen holds (which may be ahead
 * of the last save) by the backend's own rule (common/signingBlockers.ts), in step order.
 */
export function localBlockers(def: Instrument, pages: readonly AssessmentPage[], draft: Draft): SigningBlocker[] {
  const pageDrawings = new Map(pages.flatMap((p) => (p.drawing ? [[p.pageId, p.drawing.status] as const] : [])));
  return signingBlockers(def, { form: draft.form, conclusion: draft.conclusion, pageDrawings }).blockers;
}

/** The step where a blocker is resolved. */
export function blockerStep(def: Instrument, blocker: SigningBlocker): StepId {
  switch (blocker.reason) {
    case 'drawingMissing':
    case 'drawingInProgress':
      return 'drawings';
    case 'answerProblem':
    case 'unacknowledgedFlag':
    case 'itemsOpen':
      return def.kind === 'questionnaire' ? 'answers' : 'scoring';
    case 'conclusionEmpty':
      return 'conclusion';
  }
}

/**
 * Blockers to show before signing: the local ones, then any reason the backend gave on refusing
 * (`details.reasons` of ASSESSMENT_INCOMPLETE) that the local rule did not find, so nothing the
 * backend wants is hidden from the psychologist.
 */
export function missingForSigning(local: readonly SigningBlocker[], refusedReasons: readonly string[]): SigningBlocker[] {
  const known = new Set(local.map((b) => b.reason));
  const extra = [...new Set(refusedReasons)]
    .filter((r): r is SigningBlocker['reason'] => isBlockerReason(r) && !known.has(r))
    .map((reason) => ({ reason }));
  return [...local, ...extra];
}

const isBlockerReason = (r: string): r is SigningBlocker['reason'] => (SIGNING_BLOCKERS as readonly string[]).includes(r);

/** Inquiry questions of the drawn pages that have an answer, and how many there are. */
export function inquiryProgress(
  def: Instrument,
  pages: readonly AssessmentPage[],
  draft: Draft,
): { answered: number; total: number } {
  const drawn = new Set(drawnPageIds(pages));
  let answered = 0;
  let total = 0;
  for (const page of def.pages) {
    if (!drawn.has(page.id)) continue;
    for (const question of page.inquiry) {
      total += 1;
      if ((draft.inquiry[page.id]?.[question.id] ?? '').trim() !== '') answered += 1;
    }
  }
  return { answered, total };
}

/** How far each step is. `signed` marks every step complete (the record is closed). */
export function stepStatus(
  step: StepId,
  def: Instrument,
  pages: readonly AssessmentPage[],
  draft: Draft,
  signed: boolean,
): StepStatus {
  if (signed) return 'complete';
  const blockers = localBlockers(def, pages, draft);
  const blocking = blockers.some((b) => b.reason !== 'conclusionEmpty' && blockerStep(def, b) === step);
  switch (step) {
    case 'drawings': {
      const started = pages.some((p) => p.drawing !== null);
      if (blockers.some((b) => b.reason === 'drawingInProgress')) return 'attention';
      return blocking ? (started ? 'started' : 'todo') : 'complete';
    }
    case 'inquiry': {
      const { answered, total } = inquiryProgress(def, pages, draft);
      if (answered === 0) return 'todo';
      return answered === total ? 'complete' : 'started';
    }
    case 'scoring':
    case 'answers': {
      // Open items are work still to do; a wrong answer or an unacknowledged flag needs attention.
      if (blockers.some((b) => b.reason !== 'itemsOpen' && b.reason !== 'conclusionEmpty' && blockerStep(def, b) === step)) {
        return 'attention';
      }
      const status = formStatus(def, draft.form);
      const items = def.sections.flatMap((s) => s.items);
      const answered = items.filter((i) => {
        const value = draft.form.answers[i.id]?.value;
        return value !== undefined && value !== null && value !== '';
      }).length;
      if (def.kind === 'questionnaire') {
        const missing = Object.values(status.result.scales).some((s) => s.value === null);
        return answered === 0 ? 'todo' : missing ? 'started' : 'complete';
      }
      // "Done" only when every item is answered or its section's rest stated "not assessed" (issue 12, item 3).
      if (blockers.some((b) => b.reason === 'itemsOpen')) {
        return answered > 0 || (draft.form.notAssessed ?? []).length > 0 ? 'started' : 'todo';
      }
      return 'complete';
    }
    case 'conclusion':
      return draft.conclusion.trim() === ''
        ? draft.recommendations.trim() || draft.referrals.length
          ? 'started'
          : 'todo'
        : 'complete';
    case 'sign':
      return blockers.length === 0 ? 'todo' : 'attention';
  }
}
