import { type FormState, type Instrument, type ScoredResult, blankFormState, getInstrument } from '../../../../assessments/instruments';
import type { Assessment, InquiryAnswers, Referral, SigningBlocker } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import { type AssessmentRow, insertAssessment, updateAssessment } from '../../db/repos/assessmentsRepo';
import { listAssessmentDrawings } from '../../db/repos/drawingsRepo';
import { newId } from '../../vault/wrap';
import { requireClient } from '../clientsService';
import { nowIso, type ServiceContext, audit } from '../context';
import { definitionOf, formOf, requireOwnDraft, scoreColumns, signingBlockers } from './assessmentRecord';
import { assessmentView } from './assessmentView';

/** Starts a draft for a client with the current definition of the instrument; its version is stored with the record. */
export function createAssessment(ctx: ServiceContext, input: { clientId: string; instrumentId: string }): Assessment {
  const open = ctx.vault.session();
  requireClient(open, input.clientId);
  const def = getInstrument(input.instrumentId);
  if (!def) throw new AppFailure('NOT_FOUND', 'no such instrument');
  const at = nowIso(ctx);
  const form = blankFormState(def);
  const id = newId();
  const row: AssessmentRow = {
    id,
    client_id: input.clientId,
    instrument_id: def.id,
    instrument_version: def.version,
    instrument_kind: def.kind,
    status: 'draft',
    created_by: open.account.id,
    created_at: at,
    updated_at: at,
    form: JSON.stringify(form),
    inquiry: '{}',
    conclusion: '',
    recommendations: '',
    referrals: '[]',
    client_language: null,
    client_answered: '[]',
    client_finished_at: null,
    ...scoreColumns(def, signingBlockers(def, form, '', []).result),
    scores: null,
    signed_by: null,
    signed_name: null,
    signed_at: null,
    discarded_at: null,
  };
  open.db.transaction(() => {
    insertAssessment(open.db, row);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'assessment.created',
      targetKind: 'assessment',
      targetId: id,
      details: { clientId: input.clientId, instrumentId: def.id, version: def.version },
    });
  })();
  return assessmentView(open, row);
}

/** Inquiry answers may name only the instrument's pages and those pages' questions. */
function checkInquiry(def: Instrument, inquiry: InquiryAnswers): void {
  for (const [pageId, answers] of Object.entries(inquiry)) {
    const page = def.pages.find((p) => p.id === pageId);
    const known = new Set(page?.inquiry.map((q) => q.id));
    if (!page || Object.keys(answers).some((q) => !known.has(q))) {
      throw new AppFailure('INSTRUMENT_MISMATCH', 'the inquiry names a page or question the instrument does not have', { reasons: ['inquiry'] });
    }
  }
}

export type DraftChanges = {
  id: string;
  form?: FormState | undefined;
  inquiry?: InquiryAnswers | undefined;
  conclusion?: string | undefined;
  recommendations?: string | undefined;
  referrals?: Referral[] | undefined;
};

/**
 * Autosave: each part given replaces the stored one. Answers that do not fit their items are kept
 * (the psychologist may be half-way) and block signing. Audited with the names of the parts saved,
 * never their content.
 */
export function saveDraft(ctx: ServiceContext, input: DraftChanges): { updatedAt: string; scores: ScoredResult; signingBlockers: SigningBlocker[] } {
  const open = ctx.vault.session();
  const row = requireOwnDraft(open, input.id);
  const def = definitionOf(row);
  if (input.inquiry) checkInquiry(def, input.inquiry);
  const form = input.form ?? formOf(row);
  const conclusion = input.conclusion ?? row.conclusion;
  const linked = listAssessmentDrawings(open.db, row.id);
  const { blockers, result } = signingBlockers(def, form, conclusion, linked);
  const fields = (['form', 'inquiry', 'conclusion', 'recommendations', 'referrals'] as const).filter((f) => input[f] !== undefined);
  const updatedAt = nowIso(ctx);
  open.db.transaction(() => {
    updateAssessment(open.db, row.id, {
      ...(input.form ? { form: JSON.stringify(input.form), ...scoreColumns(def, result) } : {}),
      ...(input.inquiry ? { inquiry: JSON.stringify(input.inquiry) } : {}),
      ...(input.conclusion !== undefined ? { conclusion: input.conclusion } : {}),
      ...(input.recommendations !== undefined ? { recommendations: input.recommendations } : {}),
      ...(input.referrals ? { referrals: JSON.stringify(input.referrals) } : {}),
      updated_at: updatedAt,
    });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'assessment.draftSaved',
      targetKind: 'assessment',
      targetId: row.id,
      details: { fields: [...fields] },
    });
  })();
  return { updatedAt, scores: result, signingBlockers: blockers };
}

/** Marks the author's draft discarded: kept (its drawings stay linked), left out of lists, never changed again. */
export function discardAssessment(ctx: ServiceContext, id: string): null {
  const open = ctx.vault.session();
  const row = requireOwnDraft(open, id);
  const at = nowIso(ctx);
  open.db.transaction(() => {
    updateAssessment(open.db, row.id, { status: 'discarded', discarded_at: at, updated_at: at });
    audit(ctx, open.db, { actorId: open.account.id, action: 'assessment.discarded', targetKind: 'assessment', targetId: row.id });
  })();
  return null;
}
