import { z } from 'zod';
import { channel } from './channel';
import { rolesAccess } from './roles';
import { idSchema, languageSchema } from './schemas';

/**
 * The PDF report of one signed assessment (issue 5, item 4). The backend builds the report from
 * the stored, signed record (never from what the screen shows), renders it to PDF through the
 * renderPdf port and hands the bytes to the save port (a dialog in Electron). Drafts are refused
 * with RECORD_NOT_SIGNED. Every saved or failed export is audited (assessment.exported,
 * assessment.exportFailed) with whether the name was included, never the name or the path.
 */
export const reportChannels = {
  /**
   * `includeName`: print the client's full name beside the code (default in the UI: code only).
   * `language`: of the report; the account's language when left out. `saved` is false when the
   * person cancelled the save dialog; nothing was written then.
   */
  'assessments:exportPdf': channel(
    z.object({ assessmentId: idSchema, includeName: z.boolean(), language: languageSchema.optional() }).strict(),
    z.object({ saved: z.boolean() }),
    rolesAccess('psychologist'),
  ),
} as const;
