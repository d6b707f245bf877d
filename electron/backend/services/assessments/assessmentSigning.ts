import { administrationOf } from '../../../../assessments/instruments';
import { signingBlockers } from '../../../../common/signingBlockers';
import type { Assessment } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import { insertAddendum, updateAssessment } from '../../db/repos/assessmentsRepo';
import { listAssessmentDrawings } from '../../db/repos/drawingsRepo';
import type { SignedInContext } from '../signedIn';
import { requirePassword } from '../signing/passwordRetries';
import { recordNotSigned } from '../signing/signedRecord';
import { referralsFromSignedAssessment } from '../referrals/fromAssessment';
import { sealRecord } from '../signing/signedSeal';
import {
  type AssessmentInput,
  definitionOf,
  formOf,
  pageDrawingsOf,
  referralsOf,
  requireAssessment,
  requireOwnDraft,
  scoreColumns,
} from './assessmentRecord';
import { assessmentView } from './assessmentView';

/**
 * Signing and addenda (issue 5, item 2): both need the signer's password typed again; a wrong one
 * is audited against the assessment and slowed down (signing/passwordRetries.ts).
 */
const requireSignerPassword = (s: SignedInContext, assessmentId: string, password: string): Promise<void> =>
  requirePassword(s, password, 'signing', { action: 'assessment.signFailed', target: { kind: 'assessment', id: assessmentId } });

/**
 * Signs the author's draft: refused with ASSESSMENT_INCOMPLETE (details.reasons: the blockers'
 * codes) unless complete. The scores are computed once more and stored with the version that
 * computed them, and the signed content is sealed (signing/signedSeal.ts); from then on the
 * assessment, its drawings and their annotations are read-only (migration 0005).
 */
export async function signAssessment(s: SignedInContext, input: AssessmentInput<'assessments:sign'>): Promise<Assessment> {
  const row = requireOwnDraft(s, input.id);
  const def = definitionOf(row);
  const pageDrawings = pageDrawingsOf(listAssessmentDrawings(s.db, row.id));
  const { blockers, result } = signingBlockers(def, { form: formOf(row), conclusion: row.conclusion, pageDrawings });
  if (blockers.length > 0) {
    throw new AppFailure('ASSESSMENT_INCOMPLETE', 'the assessment is not ready to sign', {
      reasons: [...new Set(blockers.map((b) => b.reason))],
    });
  }
  await requireSignerPassword(s, row.id, input.password);
  const at = s.nowIso();
  // The result names the definition that computed it. A draft started before a definition update
  // is scored (and its answers checked, above) by the current one, so that is the version it is
  // signed with; the version it was started with stays in the audit row.
  // Issue 13 §1: a questionnaire result stores the language it was given in and whether that text is
  // the validated version: the client's language in client mode, else the language of the form.
  const language = row.client_language ?? input.formLanguage ?? null;
  const administration = def.kind === 'questionnaire' && language ? { administration: administrationOf(def, language) } : {};
  const scores = { ...result, version: def.version, ...administration };
  s.db.transaction(() => {
    updateAssessment(s.db, row.id, {
      status: 'signed',
      instrument_version: def.version,
      scores: JSON.stringify(scores),
      ...scoreColumns(def, scores),
      signed_by: s.account.id,
      signed_name: s.account.full_name,
      signed_at: at,
      updated_at: at,
    });
    sealRecord(s, 'assessment', row.id);
    // Issue 17 §2: the conclusion's referrals become referrals followed on the client's page.
    referralsFromSignedAssessment(s, row, referralsOf(row), at);
    s.audit(
      'assessment.signed',
      { kind: 'assessment', id: row.id },
      {
        instrumentId: row.instrument_id,
        version: def.version,
        ...(def.version !== row.instrument_version ? { startedWithVersion: row.instrument_version } : {}),
      },
    );
  })();
  return assessmentView(s, requireAssessment(s.db, row.id));
}

/** A signed, dated correction; any psychologist may add one, under their own name and password. */
export async function addAssessmentAddendum(
  s: SignedInContext,
  input: AssessmentInput<'assessments:addAddendum'>,
): Promise<Assessment> {
  const row = requireAssessment(s.db, input.id);
  if (row.status !== 'signed') throw recordNotSigned('assessment');
  await requireSignerPassword(s, row.id, input.password);
  const id = s.newId();
  s.db.transaction(() => {
    insertAddendum(s.db, {
      id,
      assessment_id: row.id,
      text: input.text.trim(),
      signed_by: s.account.id,
      signed_name: s.account.full_name,
      signed_at: s.nowIso(),
    });
    s.audit('assessment.addendumAdded', { kind: 'assessment', id: row.id }, { addendumId: id });
  })();
  return assessmentView(s, row);
}
