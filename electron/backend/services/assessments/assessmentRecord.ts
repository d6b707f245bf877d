import { type FormState, type Instrument, type ScoredResult, formStatus, getInstrument } from '../../../../assessments/instruments';
import type { InquiryAnswers, Referral, ScaleTotal, SigningBlocker } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import { type AssessmentRow, type LinkedDrawingRow, findAssessment } from '../../db/repos/assessmentsRepo';
import type { OpenVault } from '../../vault/vault';

/**
 * What every assessment service shares: finding the record, the rules for who may change it, and
 * the pure derivations from a row (live scores, totals, what signing still needs).
 */

/** The assessment, or NOT_FOUND. */
export function requireAssessment(open: OpenVault, id: string): AssessmentRow {
  const row = findAssessment(open.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such assessment');
  return row;
}

/**
 * A draft the caller may change: not signed (ASSESSMENT_SIGNED), not discarded, and their own. A
 * draft carries one psychologist's observations towards their signature, so a colleague adds to a
 * signed assessment with an addendum instead of editing someone else's draft.
 */
export function requireOwnDraft(open: OpenVault, id: string): AssessmentRow {
  const row = requireAssessment(open, id);
  if (row.status === 'signed') throw new AppFailure('ASSESSMENT_SIGNED', 'the assessment is signed and read-only');
  if (row.status === 'discarded') throw new AppFailure('ASSESSMENT_DISCARDED', 'the draft was discarded');
  if (row.created_by !== open.account.id) throw new AppFailure('FORBIDDEN', 'only the author changes a draft', { reasons: ['notAuthor'] });
  return row;
}

/**
 * The definition the assessment was made with. The catalogue holds one version per instrument; an
 * assessment stores the version it was created with, and a signed one keeps its stored scores, so
 * a later definition never changes a signed result.
 */
export function definitionOf(row: Pick<AssessmentRow, 'instrument_id'>): Instrument {
  const def = getInstrument(row.instrument_id);
  if (!def) throw new AppFailure('INTERNAL', 'the assessment names an instrument this app does not have');
  return def;
}

export const formOf = (row: AssessmentRow): FormState => JSON.parse(row.form) as FormState;
export const inquiryOf = (row: AssessmentRow): InquiryAnswers => JSON.parse(row.inquiry) as InquiryAnswers;
export const referralsOf = (row: AssessmentRow): Referral[] => JSON.parse(row.referrals) as Referral[];
export const clientAnsweredOf = (row: AssessmentRow): string[] => JSON.parse(row.client_answered) as string[];

/**
 * Per-scale totals with the band the value fell in, copied from the result: a draft's live result
 * on every save, and at signing the stored result, so the list names a signed value's band as it
 * was signed even after the definition changes its bands.
 */
function totalsOf(def: Instrument, result: ScoredResult): ScaleTotal[] {
  return def.scales.map((scale) => {
    const r = result.scales[scale.id];
    return { scaleId: scale.id, value: r?.value ?? null, band: r?.band ?? null };
  });
}

/**
 * The columns that keep the list's copy of the scores current; written with every change of the form.
 * The list's "safety alert" marks an answer that indicated risk. A flag raised only because an item
 * is still blank (PHQ-9 item 9) blocks signing but is no alert: otherwise every new, empty PHQ-9
 * draft would be listed as one.
 */
export function scoreColumns(def: Instrument, result: ScoredResult): { totals: string; flag_ids: string } {
  const alerts = result.flags.filter((f) => f.answer !== null).map((f) => f.id);
  return { totals: JSON.stringify(totalsOf(def, result)), flag_ids: JSON.stringify(alerts) };
}

/** The current drawing of each page: the one linked last. */
export function currentDrawingByPage<D extends Pick<LinkedDrawingRow, 'page_id'>>(linked: readonly D[]): Map<string, D> {
  const current = new Map<string, D>();
  for (const d of linked) if (d.page_id !== null) current.set(d.page_id, d);
  return current;
}

/**
 * What stands between a draft and a signature: answers that do not fit their items, safety flags
 * without an acknowledgement note (PHQ-9 item 9 above zero, issue 5 item 5; or left unanswered,
 * issue 10 — both from formStatus, the rule the renderer's workflowSteps.ts shares), required
 * drawing pages without a finished drawing, any page's drawing still in progress, and an empty
 * conclusion.
 */
export function signingBlockers(
  def: Instrument,
  form: FormState,
  conclusion: string,
  linked: readonly Pick<LinkedDrawingRow, 'page_id' | 'status'>[],
): { blockers: SigningBlocker[]; result: ScoredResult } {
  const status = formStatus(def, form);
  const blockers: SigningBlocker[] = [
    ...status.problems.map((p) => ({ reason: 'answerProblem' as const, itemId: p.itemId })),
    ...status.unacknowledged.map((f) => ({ reason: 'unacknowledgedFlag' as const, flagId: f.id, itemId: f.itemId })),
  ];
  if (def.kind === 'drawing') {
    const current = currentDrawingByPage(linked);
    for (const page of def.pages) {
      const drawing = current.get(page.id);
      if (!drawing) {
        if (!page.optional) blockers.push({ reason: 'drawingMissing', pageId: page.id });
      } else if (drawing.status !== 'finished') blockers.push({ reason: 'drawingInProgress', pageId: page.id });
    }
  }
  if (conclusion.trim().length === 0) blockers.push({ reason: 'conclusionEmpty' });
  return { blockers, result: status.result };
}
