import { z } from 'zod';
import { channel } from './channel';
import { rolesAccess } from './roles';
import { languageSchema } from './schemas';
import { trendsViewInputSchema } from './trendsChannels';

/**
 * Exporting one Trends view (issue 14 §1: "CSV and PDF export of any view"). The backend builds the
 * file from the same suppressed table `trends:view` returns for the same input (never from what the
 * screen sent), writes its own labels in `language`, and hands the bytes to the save port (a dialog
 * in Electron). A suppressed value is written "<k" in both files, as on screen.
 *
 * Audited `trends.exported` (or `trends.exportFailed` when rendering or saving failed) with the
 * table and its dimensions and the format, never any figure or the chosen path; a cancelled dialog
 * is not recorded, since nothing left the app.
 */
export const trendsExportInputSchema = trendsViewInputSchema.extend({ language: languageSchema }).strict();
export type TrendsExportInput = z.infer<typeof trendsExportInputSchema>;

const TRENDS_READERS = rolesAccess('supervisor', 'admin', 'psychologist');
const saved = z.object({ saved: z.boolean() });

export const trendsExportChannels = {
  /** The view as CSV (RFC 4180, UTF-8 with a byte-order mark): a title block, the table with its margins, the notes. */
  'trends:exportCsv': channel(trendsExportInputSchema, saved, TRENDS_READERS),
  /** The view as an A4 PDF: the same table, the notes and the k in force, rendered through the renderPdf port. */
  'trends:exportPdf': channel(trendsExportInputSchema, saved, TRENDS_READERS),
} as const;
