import type { Assessment } from '../../../contract/assessmentChannels';
import { AppFailure } from '../../../contract/errors';
import { insertAddendum, updateAssessment } from '../../db/repos/assessmentsRepo';
import { listAssessmentDrawings } from '../../db/repos/drawingsRepo';
import type { OpenVault } from '../../vault/vault';
import { newId } from '../../vault/wrap';
import { nowIso, type ServiceContext, audit } from '../context';
import { requireSigningPassword } from '../signingPassword';
import { sealRecord } from '../signedSeal';
import { definitionOf, formOf, requireAssessment, requireOwnDraft, scoreColumns, signingBlockers } from './assessmentRecord';
import { assessmentView } from './assessmentView';

/** Signing and addenda (issue 5, item 2): both need the signer's password typed again (signingPassword.ts). */
const requirePassword = (ctx: ServiceContext, open: OpenVault, assessmentId: string, password: string): Promise<void> =>
  requireSigningPassword(ctx, open, password, { failedAction: 'assessment.signFailed', targetKind: 'assessment', targetId: assessmentId });

/**
 * Signs the author's draft: refused with ASSESSMENT_INCOMPLETE (details.reasons: the blockers'
 * codes) unless complete. The scores are computed once more and stored with the version that computed
 * them, and the signed content is sealed (signedSeal.ts);
 * from then on the assessment, its drawings and their annotations are read-only (migration 0005).
 */
export async function signAssessment(ctx: ServiceContext, input: { id: string; password: string }): Promise<Assessment> {
  const open = ctx.vault.session();
  const row = requireOwnDraft(open, input.id);
  const def = definitionOf(row);
  const linked = listAssessmentDrawings(open.db, row.id);
  const { blockers, result } = signingBlockers(def, formOf(row), row.conclusion, linked);
  if (blockers.length > 0) {
    throw new AppFailure('ASSESSMENT_INCOMPLETE', 'the assessment is not ready to sign', {
      reasons: [...new Set(blockers.map((b) => b.reason))],
    });
  }
  await requirePassword(ctx, open, row.id, input.password);
  const at = nowIso(ctx);
  // The result names the definition that computed it. A draft started before a definition update
  // is scored (and its answers checked, above) by the current one, so that is the version it is
  // signed with; the version it was started with stays in the audit row.
  const scores = { ...result, version: def.version };
  open.db.transaction(() => {
    updateAssessment(open.db, row.id, {
      status: 'signed',
      instrument_version: def.version,
      scores: JSON.stringify(scores),
      ...scoreColumns(def, scores),
      signed_by: open.account.id,
      signed_name: open.account.full_name,
      signed_at: at,
      updated_at: at,
    });
    sealRecord(ctx, open, 'assessment', row.id);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'assessment.signed',
      targetKind: 'assessment',
      targetId: row.id,
      details: {
        instrumentId: row.instrument_id,
        version: def.version,
        ...(def.version !== row.instrument_version ? { startedWithVersion: row.instrument_version } : {}),
      },
    });
  })();
  return assessmentView(open, requireAssessment(open, row.id));
}

/** A signed, dated correction; any psychologist may add one, under their own name and password. */
export async function addAssessmentAddendum(ctx: ServiceContext, input: { id: string; text: string; password: string }): Promise<Assessment> {
  const open = ctx.vault.session();
  const row = requireAssessment(open, input.id);
  if (row.status !== 'signed') throw new AppFailure('ASSESSMENT_NOT_SIGNED', 'addenda are added to signed assessments');
  await requirePassword(ctx, open, row.id, input.password);
  const id = newId();
  open.db.transaction(() => {
    insertAddendum(open.db, {
      id,
      assessment_id: row.id,
      text: input.text.trim(),
      signed_by: open.account.id,
      signed_name: open.account.full_name,
      signed_at: nowIso(ctx),
    });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'assessment.addendumAdded',
      targetKind: 'assessment',
      targetId: row.id,
      details: { addendumId: id },
    });
  })();
  return assessmentView(open, row);
}
