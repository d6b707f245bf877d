import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { encodeDrawing } from '../../../../assessments/drawing/encoding';
import { PAPER_MAX_BYTES, PAPER_MAX_SIDE_PX, PAPER_MIN_SIDE_PX, hasPageShape } from '../../../../assessments/drawing/paper';
import type { ImageRejectionReason, paperChannels } from '../../../contract/paperChannels';
import { insertDrawingImage } from '../../db/repos/drawingImagesRepo';
import { insertDrawing } from '../../db/repos/drawingsRepo';
import { checkImage } from '../../images/imageCheck';
import type { SignedInContext } from '../signedIn';
import { newDrawingColumns } from './drawingsService';

/**
 * Paper drawings (issue 3, item 9): a scan or photo, already rotated and cropped to the page by the
 * renderer, stored as a finished drawing with medium 'paper', no strokes, and its picture in
 * drawing_images. Everything about the picture is checked before the first write; a refused
 * picture leaves the database exactly as it was (and is not audited: no record came to exist).
 */

type PaperImportInput = z.output<(typeof paperChannels)['drawings:importPaper']['input']>;

/** Why a picture of these dimensions cannot be this drawing's page, or null when it can. */
function paperDimensionsProblem(input: PaperImportInput, width: number, height: number): ImageRejectionReason | null {
  if (Math.max(width, height) > PAPER_MAX_SIDE_PX) return 'dimensions';
  if (Math.min(width, height) < PAPER_MIN_SIDE_PX) return 'tooSmall';
  if (width !== input.width || height !== input.height) return 'dimensionsMismatch';
  if (!hasPageShape(input.orientation, width, height)) return 'notPageShaped';
  return null;
}

/** Checks the picture, then stores the drawing and its picture in one transaction; audited as drawing.imported. */
export async function importPaperDrawing(s: SignedInContext, input: PaperImportInput): Promise<{ id: string }> {
  const image = await checkImage(Buffer.from(input.image, 'base64'), input.mime, {
    maxBytes: PAPER_MAX_BYTES,
    dimensions: (width, height) => paperDimensionsProblem(input, width, height),
  });
  // input.originalFileName is deliberately not used: file names often carry a person's name.
  const start = newDrawingColumns(s, input);
  const { id } = start;
  s.db.transaction(() => {
    insertDrawing(s.db, {
      ...start,
      medium: 'paper',
      pointer_types: '[]',
      screen_width: null,
      screen_height: null,
      device_pixel_ratio: null,
      status: 'finished',
      // An empty, finished stream: every reader of drawings.strokes keeps decoding without a special case.
      strokes: encodeDrawing({ page: { orientation: input.orientation }, events: [], finishedT: 0 }),
      event_count: 0,
      finished_at: start.created_at,
      finished_t: 0,
    });
    insertDrawingImage(s.db, {
      drawing_id: id,
      mime: image.mime,
      width: image.width,
      height: image.height,
      bytes: image.bytes,
      sha256: createHash('sha256').update(image.bytes).digest('hex'),
    });
    s.audit(
      'drawing.imported',
      { kind: 'drawing', id },
      { orientation: input.orientation, mime: image.mime, ...(input.instrumentId ? { instrumentId: input.instrumentId } : {}) },
    );
  })();
  return { id };
}
