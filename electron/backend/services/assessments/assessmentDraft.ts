import { recordConsentBasis, requireConsentBasis } from '../clients/consentCheck';
import {
  type Instrument,
  type ScoredResult,
  blankFormState,
  formStatus,
  getInstrument,
} from '../../../../assessments/instruments';
import { signingBlockers } from '../../../../common/signingBlockers';
import type { Assessment, InquiryAnswers, SigningBlocker } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import { type AssessmentRow, insertAssessment, updateAssessment } from '../../db/repos/assessmentsRepo';
import { listAssessmentDrawings } from '../../db/repos/drawingsRepo';
import { requireClient } from '../clients/clientsService';
import type { SignedInContext } from '../signedIn';
import { type AssessmentInput, definitionOf, formOf, pageDrawingsOf, requireOwnDraft, scoreColumns } from './assessmentRecord';
import { assessmentView } from './assessmentView';

/** Starts a draft for a client with the current definition of the instrument; its version is stored with the record. */
export function createAssessment(s: SignedInContext, input: AssessmentInput<'assessments:create'>): Assessment {
  requireClient(s.db, input.clientId);
  const def = getInstrument(input.instrumentId);
  if (!def) throw new AppFailure('NOT_FOUND', 'no such instrument');
  const consent = requireConsentBasis(s, input.clientId, 'assessment', input.consentReason);
  const at = s.nowIso();
  const form = blankFormState(def);
  const id = s.newId();
  const row: AssessmentRow = {
    id,
    client_id: input.clientId,
    instrument_id: def.id,
    instrument_version: def.version,
    instrument_kind: def.kind,
    status: 'draft',
    created_by: s.account.id,
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
    ...scoreColumns(def, formStatus(def, form).result),
    scores: null,
    signed_by: null,
    signed_name: null,
    signed_at: null,
    discarded_at: null,
  };
  s.db.transaction(() => {
    insertAssessment(s.db, row);
    s.audit(
      'assessment.created',
      { kind: 'assessment', id },
      { clientId: input.clientId, instrumentId: def.id, version: def.version },
    );
    recordConsentBasis(s, consent, { kind: 'assessment', id });
  })();
  return assessmentView(s, row);
}

/** Inquiry answers may name only the instrument's pages and those pages' questions. */
function checkInquiry(def: Instrument, inquiry: InquiryAnswers): void {
  for (const [pageId, answers] of Object.entries(inquiry)) {
    const page = def.pages.find((p) => p.id === pageId);
    const known = new Set(page?.inquiry.map((q) => q.id));
    if (!page || Object.keys(answers).some((q) => !known.has(q))) {
      throw new AppFailure('INSTRUMENT_MISMATCH', 'the inquiry names a page or question the instrument does not have', {
        reasons: ['inquiry'],
      });
    }
  }
}

/**
 * Autosave: each part given replaces the stored one. Answers that do not fit their items are kept
 * (the psychologist may be half-way) and block signing. Audited with the names of the parts saved,
 * never their content.
 */
export function saveDraft(
  s: SignedInContext,
  input: AssessmentInput<'assessments:saveDraft'>,
): { updatedAt: string; scores: ScoredResult; signingBlockers: SigningBlocker[] } {
  const row = requireOwnDraft(s, input.id);
  const def = definitionOf(row);
  if (input.inquiry) checkInquiry(def, input.inquiry);
  const form = input.form ?? formOf(row);
  const conclusion = input.conclusion ?? row.conclusion;
  const pageDrawings = pageDrawingsOf(listAssessmentDrawings(s.db, row.id));
  const { blockers, result } = signingBlockers(def, { form, conclusion, pageDrawings });
  const fields = (['form', 'inquiry', 'conclusion', 'recommendations', 'referrals'] as const).filter(
    (f) => input[f] !== undefined,
  );
  const updatedAt = s.nowIso();
  s.db.transaction(() => {
    updateAssessment(s.db, row.id, {
      ...(input.form ? { form: JSON.stringify(input.form), ...scoreColumns(def, result) } : {}),
      ...(input.inquiry ? { inquiry: JSON.stringify(input.inquiry) } : {}),
      ...(input.conclusion !== undefined ? { conclusion: input.conclusion } : {}),
      ...(input.recommendations !== undefined ? { recommendations: input.recommendations } : {}),
      ...(input.referrals ? { referrals: JSON.stringify(input.referrals) } : {}),
      updated_at: updatedAt,
    });
    s.audit('assessment.draftSaved', { kind: 'assessment', id: row.id }, { fields: [...fields] });
  })();
  return { updatedAt, scores: result, signingBlockers: blockers };
}

/** Marks the author's draft discarded: kept (its drawings stay linked), left out of lists, never changed again. */
export function discardAssessment(s: SignedInContext, { id }: AssessmentInput<'assessments:discard'>): null {
  const row = requireOwnDraft(s, id);
  const at = s.nowIso();
  s.db.transaction(() => {
    updateAssessment(s.db, row.id, { status: 'discarded', discarded_at: at, updated_at: at });
    s.audit('assessment.discarded', { kind: 'assessment', id: row.id });
  })();
  return null;
}
