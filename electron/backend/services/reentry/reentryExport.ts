/**
 * The re-entry plan printed for the client (issue 17 §3): built from the stored plan in the chosen language,
 * rendered by the renderPdf port, saved through the save port. Audited as the assessment report is
 * (reports/reportService.ts): `reentry.exported` when saved, `reentry.exportFailed` when rendering or saving
 * failed, nothing when the dialog was cancelled; details say the language and whether the name was printed,
 * never the name, the code or the path.
 */
import { AppFailure } from '../../../contract/errors';
import type { ReentryPlan } from '../../../contract/reentryChannels';
import { getSetting } from '../../db/repos/settingsRepo';
import { requireClient } from '../clients/clientsService';
import { today } from '../groups/mappers';
import { reportFileName } from '../reports/reportFileName';
import type { SignedInContext } from '../signedIn';
import { reentryHtml } from './reentryHtml';
import { planOf } from './reentryService';
import type { z } from 'zod';
import type { reentryChannels } from '../../../contract/reentryChannels';

type ExportInput = z.output<(typeof reentryChannels)['reentry:exportPdf']['input']>;

export async function exportReentryPdf(s: SignedInContext, input: ExportInput): Promise<{ saved: boolean }> {
  const { saveFile, renderPdf } = s;
  if (!saveFile || !renderPdf) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to render or save PDFs is configured');
  const client = requireClient(s.db, input.clientId);
  const plan: ReentryPlan = planOf(s.db, client);
  const printedAt = new Date(s.now());
  const html = reentryHtml({
    language: input.language,
    facilityName: getSetting(s.db, 'facilityName') ?? '',
    clientCode: client.code,
    clientName: input.includeName ? client.full_name : null,
    plan,
    today: today(s),
    printedAt,
  });
  const target = { kind: 'client', id: client.id };
  const details = { language: input.language, includeName: input.includeName };
  let saved: boolean;
  try {
    const pdf = await renderPdf(html);
    ({ saved } = await saveFile(reportFileName({ clientCode: client.code, instrumentCode: 'reentry-plan', at: printedAt }), pdf));
  } catch {
    // The port's error is not passed on: it may quote the chosen path.
    s.audit('reentry.exportFailed', target, details);
    throw new AppFailure('EXPORT_FAILED', 'the plan could not be rendered or saved');
  }
  if (saved) s.audit('reentry.exported', target, details);
  return { saved };
}
