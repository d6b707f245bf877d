/**
 * CSV and PDF export of one Trends view (issue 14 §1). The file is built from the suppressed view
 * (buildTrendsView, the one `trends:view` answers with), so it holds exactly what the screen may show,
 * and handed to the save port (a dialog in Electron), as drawings and reports are.
 *
 * Auditing as for the other exports (drawings/drawingExport.ts, reports/reportService.ts): a saved file
 * is `trends.exported`, a render or save failure `trends.exportFailed` (a partial file may exist); a
 * cancelled dialog is not recorded. Details name the table and its dimensions, the format and the
 * language; never a figure or the chosen path.
 */
import { AppFailure } from '../../../../contract/errors';
import type { TrendsExportInput } from '../../../../contract/trendsExportChannels';
import { getSetting } from '../../../db/repos/settingsRepo';
import type { SignedInContext } from '../../signedIn';
import { buildTrendsView } from '../trendsView';
import { exportTable } from './exportTable';
import { trendsCsv, trendsHtml } from './trendsFiles';

export type TrendsFileFormat = 'csv' | 'pdf';

/** `trends-assessmentsSigned-phq9-2026-quarter-by-unit.csv`: the table's own words only, nothing about a person. */
export function trendsFileName(input: Omit<TrendsExportInput, 'language'>, format: TrendsFileFormat): string {
  const parts = ['trends', input.measure, input.instrumentId, input.metric, String(input.year), input.granularity];
  if (input.by) parts.push(`by-${input.by}`);
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

export async function exportTrends(
  s: SignedInContext,
  input: TrendsExportInput,
  format: TrendsFileFormat,
): Promise<{ saved: boolean }> {
  const { saveFile, renderPdf } = s;
  if (!saveFile || (format === 'pdf' && !renderPdf))
    throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to save files is configured');
  const { language, ...viewInput } = input;
  const view = buildTrendsView(s, viewInput);
  const table = exportTable(view, {
    language,
    facilityName: getSetting(s.db, 'facilityName') ?? '',
    producedAt: new Date(s.now()),
  });
  const details = {
    format,
    language,
    measure: view.measure,
    ...(view.instrumentId ? { instrumentId: view.instrumentId } : {}),
    ...(view.metric ? { metric: view.metric } : {}),
    granularity: view.granularity,
    year: view.year,
    by: view.by ?? 'none',
    k: view.k,
  };
  let saved: boolean;
  try {
    const bytes = format === 'csv' ? trendsCsv(table) : await renderPdf!(trendsHtml(table, language));
    ({ saved } = await saveFile(trendsFileName(viewInput, format), bytes));
  } catch {
    // The port's error is not passed on: it may quote the chosen path.
    s.audit('trends.exportFailed', null, details);
    throw new AppFailure('EXPORT_FAILED', 'the table could not be rendered or saved');
  }
  if (saved) s.audit('trends.exported', null, details);
  return { saved };
}
