import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { reportChannels } from '../../../contract/reportChannels';
import { findClient } from '../../db/repos/clientsRepo';
import { getSetting } from '../../db/repos/settingsRepo';
import { definitionOf, requireAssessment } from '../assessments/assessmentRecord';
import { assessmentView } from '../assessments/assessmentView';
import type { SignedInContext } from '../signedIn';
import { buildReportModel } from './reportData';
import { reportFileName } from './reportFileName';
import { buildReportHtml } from './reportHtml';
import { recordNotSigned } from '../signing/signedRecord';

/**
 * The PDF report of one signed assessment (issue 5, item 4): built from the stored record, rendered
 * by the renderPdf port, saved through the save port.
 *
 * Auditing, as for drawing exports (drawings/drawingExport.ts): a saved report is `assessment.exported`;
 * a report that could not be rendered or saved is `assessment.exportFailed` (a partial file may
 * exist); a cancelled dialog is not recorded, since nothing left the app. Details say whether the
 * name was printed and in which language; never the name, the code or the chosen path.
 */

export async function exportAssessmentPdf(
  s: SignedInContext,
  input: z.output<(typeof reportChannels)['assessments:exportPdf']['input']>,
): Promise<{ saved: boolean }> {
  const { saveFile, renderPdf } = s;
  if (!saveFile || !renderPdf) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to render or save PDFs is configured');
  const row = requireAssessment(s.db, input.assessmentId);
  // Only what was signed is reported: a draft can still change, and a discarded one is not a record.
  if (row.status !== 'signed') throw recordNotSigned('assessment', 'only a signed assessment can be exported');
  const language = input.language ?? s.account.language;
  const now = new Date(s.now());
  // Read once: the view takes the code from it, and the report the full name when it is to be printed.
  const client = findClient(s.db, row.client_id);
  const assessment = assessmentView(s, row, { client });
  const html = buildReportHtml(
    buildReportModel(s.db, {
      assessment,
      facilityName: getSetting(s.db, 'facilityName') ?? '',
      clientFullName: input.includeName ? (client?.full_name ?? null) : null,
      clientProfile: {
        educationLevel: client?.education_level ?? null,
        literacy: client?.literacy ?? null,
        questionnairesReadAloud: client?.questionnaires_read_aloud == null ? null : client.questionnaires_read_aloud === 1,
      },
      language,
      producedAt: now,
    }),
  );

  const target = { kind: 'assessment', id: row.id };
  const details = { includeName: input.includeName, language };
  let saved: boolean;
  try {
    const pdf = await renderPdf(html);
    const fileName = reportFileName({ clientCode: assessment.client.code, instrumentCode: definitionOf(row).code, at: now });
    ({ saved } = await saveFile(fileName, pdf));
  } catch {
    // The port's error is not passed on: it may quote the chosen path.
    s.audit('assessment.exportFailed', target, details);
    throw new AppFailure('EXPORT_FAILED', 'the report could not be rendered or saved');
  }
  // Calls are serialised (openBackend), so the sign-in that started the export is still the one signed in.
  if (saved) s.audit('assessment.exported', target, details);
  return { saved };
}
