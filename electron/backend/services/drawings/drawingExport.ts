import type { z } from 'zod';
import { exportPixelSize } from '../../../../assessments/drawing/paper';
import { MAX_EXPORT_PNG_BYTES, type drawingExportChannels } from '../../../contract/drawingExportChannels';
import { AppFailure } from '../../../contract/errors';
import { checkImage } from '../../images/imageCheck';
import type { SignedInContext } from '../signedIn';
import { requireDrawing } from './drawingsService';

/**
 * PNG export (issue 3, item 10). The renderer draws the page (strokes or the paper picture, with or
 * without annotations) at 300 dpi, because it already owns the rendering; the backend checks that
 * what it got is a whole PNG of exactly the page's export size and hands it to the save port.
 *
 * Auditing: an export is recorded when the file was saved (drawing.exported), and when saving
 * failed (drawing.exportFailed: a partial file may exist on disk). A cancelled dialog is not
 * recorded: nothing left the app, and the log is for what happened to the record, not for
 * what someone considered doing. The saved location is never recorded: a path can hold a name.
 */

/** `drawing-1a2b3c4d-2026-11-25.png`: no client data, only the drawing's short id and the export date (local). */
export function exportFileName(drawingId: string, at: Date, withAnnotations: boolean): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `drawing-${drawingId.slice(0, 8)}-${date}${withAnnotations ? '-annotated' : ''}.png`;
}

/** Checks the rendered page and saves it where the person chooses; audited once the file is saved or failed. */
export async function exportDrawingPng(
  s: SignedInContext,
  input: z.output<(typeof drawingExportChannels)['drawings:exportPng']['input']>,
): Promise<{ saved: boolean }> {
  const saveFile = s.saveFile;
  if (!saveFile) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to save files is configured');
  const drawing = requireDrawing(s, input.drawingId);
  const size = exportPixelSize(drawing.orientation);
  const image = await checkImage(Buffer.from(input.png, 'base64'), 'image/png', {
    maxBytes: MAX_EXPORT_PNG_BYTES,
    dimensions: (width, height) => (width === size.width && height === size.height ? null : 'exportSize'),
  });
  const target = { kind: 'drawing', id: drawing.id };
  const details = { withAnnotations: input.withAnnotations };
  let saved: boolean;
  try {
    ({ saved } = await saveFile(exportFileName(drawing.id, new Date(s.now()), input.withAnnotations), image.bytes));
  } catch {
    // The port's error is not passed on: it may quote the chosen path.
    s.audit('drawing.exportFailed', target, details);
    throw new AppFailure('EXPORT_FAILED', 'the file could not be saved');
  }
  // Calls are serialised (openBackend): no lock can close this sign-in's database while the dialog is open.
  if (saved) s.audit('drawing.exported', target, details);
  return { saved };
}
