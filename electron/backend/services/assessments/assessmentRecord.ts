import type { z } from 'zod';
import { type FormState, type Instrument, type ScoredResult, getInstrument } from '../../../../assessments/instruments';
import type { PageDrawingStatus } from '../../../../common/signingBlockers';
import type { InquiryAnswers, Referral, ScaleTotal, assessmentChannels } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import type { Db } from '../../db/connection';
import { type AssessmentRow, type LinkedDrawingRow, findAssessment } from '../../db/repos/assessmentsRepo';
import type { SignedInContext } from '../signedIn';
import { recordSigned } from '../signing/signedRecord';

/**
 * What every assessment service shares: finding the record, the rules for who may change it, and
 * the pure derivations from a row (totals, the page drawings signing looks at).
 */

/** A channel's parsed input, as the domain's services take it. */
export type AssessmentInput<C extends keyof typeof assessmentChannels> = z.output<(typeof assessmentChannels)[C]['input']>;

/** The assessment, or NOT_FOUND. */
export function requireAssessment(db: Db, id: string): AssessmentRow {
  const row = findAssessment(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such assessment');
  return row;
}

/**
 * A draft the caller may change: not signed (RECORD_SIGNED), not discarded, and their own. A
 * draft carries one psychologist's observations towards their signature, so a colleague adds to a
 * signed assessment with an addendum instead of editing someone else's draft.
 */
export function requireOwnDraft(s: SignedInContext, id: string): AssessmentRow {
  const row = requireAssessment(s.db, id);
  if (row.status === 'signed') throw recordSigned('assessment', 'the assessment is signed and read-only');
  if (row.status === 'discarded') throw new AppFailure('ASSESSMENT_DISCARDED', 'the draft was discarded');
  if (row.created_by !== s.account.id)
    throw new AppFailure('FORBIDDEN', 'only the author changes a draft', { reasons: ['notAuthor'] });
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
 * The status of each page's current drawing, as the shared signing rule takes it
 * (common/signingBlockers.ts, the rule the renderer's workflowSteps.ts uses too).
 */
export function pageDrawingsOf(linked: readonly Pick<LinkedDrawingRow, 'page_id' | 'status'>[]): Map<string, PageDrawingStatus> {
  return new Map([...currentDrawingByPage(linked)].map(([pageId, d]) => [pageId, d.status]));
}
