import type { Language } from '../../../contract/schemas';
import { AppFailure } from '../../../contract/errors';
import { findClient } from '../../db/repos/clientsRepo';
import { getSetting } from '../../db/repos/settingsRepo';
import { requireAssessment } from '../assessments/assessmentRecord';
import { assessmentView } from '../assessments/assessmentView';
import { type ServiceContext, audit } from '../context';
import { buildReportModel } from './reportData';
import { buildReportHtml } from './reportHtml';

/**
 * The PDF report of one signed assessment (issue 5, item 4): built from the stored record, rendered
 * by the renderPdf port, saved through the save port.
 *
 * Auditing, as for drawing exports (exportService.ts): a saved report is `assessment.exported`;
 * a report that could not be rendered or saved is `assessment.exportFailed` (a partial file may
 * exist); a cancelled dialog is not recorded, since nothing left the app. Details say whether the
 * name was printed and in which language; never the name, the code or the chosen path.
 */

/** `assessment-1a2b3c4d-2026-11-25.pdf`: the record's short id and the export date, nothing about the client. */
export function reportFileName(assessmentId: string, at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `assessment-${assessmentId.slice(0, 8)}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.pdf`;
}

export async function exportAssessmentPdf(
  ctx: ServiceContext,
  input: { assessmentId: string; includeName: boolean; language?: Language | undefined },
): Promise<{ saved: boolean }> {
  const { saveFile, renderPdf } = ctx;
  if (!saveFile || !renderPdf) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to render or save PDFs is configured');
  const open = ctx.vault.session();
  const row = requireAssessment(open, input.assessmentId);
  // Only what was signed is reported: a draft can still change, and a discarded one is not a record.
  if (row.status !== 'signed') throw new AppFailure('ASSESSMENT_NOT_SIGNED', 'only a signed assessment can be exported');
  const language = input.language ?? open.account.language;
  const now = new Date(ctx.vault.now());
  const assessment = assessmentView(open, row);
  const html = buildReportHtml(
    buildReportModel(open.db, {
      assessment,
      facilityName: getSetting(open.db, 'facilityName') ?? '',
      clientFullName: input.includeName ? (findClient(open.db, assessment.client.id)?.full_name ?? null) : null,
      language,
      producedAt: now,
    }),
  );

  const event = { targetKind: 'assessment', targetId: row.id, details: { includeName: input.includeName, language } };
  let saved: boolean;
  try {
    const pdf = await renderPdf(html);
    ({ saved } = await saveFile(reportFileName(row.id, now), pdf));
  } catch {
    // The port's error is not passed on: it may quote the chosen path.
    const after = ctx.vault.session();
    audit(ctx, after.db, { actorId: after.account.id, action: 'assessment.exportFailed', ...event });
    throw new AppFailure('EXPORT_FAILED', 'the report could not be rendered or saved');
  }
  if (saved) {
    // Calls are serialised (openBackend), so the session is the one that started the export.
    const after = ctx.vault.session();
    audit(ctx, after.db, { actorId: after.account.id, action: 'assessment.exported', ...event });
  }
  return { saved };
}
