import { z } from 'zod';
import { PAPER_MAX_BYTES, PAPER_MIME_TYPES } from '../../assessments/drawing/paper';
import { channel } from './channel';
import { base64Of, instrumentRefSchema, orientationSchema } from './drawingChannels';
import { rolesAccess } from './roles';
import { idSchema } from './schemas';

/**
 * Hard ceiling on an upload's size at the boundary, twice the stored limit: uploads between the two
 * are refused by the service as IMAGE_TOO_LARGE (a message the UI can explain), larger ones as
 * VALIDATION before anything is decoded.
 */
const PAPER_UPLOAD_CEILING = 2 * PAPER_MAX_BYTES;

/**
 * Why a picture was refused (AppError.details.reasons[0]). INVALID_IMAGE: notAnImage, mimeMismatch,
 * truncated, corrupt, checksum, unsupported, tooSmall, dimensionsMismatch, notPageShaped,
 * exportSize. IMAGE_TOO_LARGE: bytes, dimensions. Bytes after a PNG's IEND or a JPEG's EOI are not
 * a reason: they are not part of the picture, and are simply not stored.
 */
export const IMAGE_REJECTION_REASONS = [
  'notAnImage',
  'mimeMismatch',
  'truncated',
  'corrupt',
  'checksum',
  'unsupported',
  'tooSmall',
  'dimensionsMismatch',
  'notPageShaped',
  'exportSize',
  'bytes',
  'dimensions',
] as const;
export type ImageRejectionReason = (typeof IMAGE_REJECTION_REASONS)[number];

const PSYCHOLOGIST = rolesAccess('psychologist');

/** Paper drawings: a scan or a photo of a drawing made on paper, stored as a finished drawing. */
export const paperChannels = {
  /**
   * Stores a scan or photo the renderer has already rotated and cropped to the page, as a finished
   * paper drawing. The picture is checked completely before anything is stored; metadata
   * (EXIF, text chunks, comments) is removed. `originalFileName` is accepted and dropped: file
   * names often carry a person's name.
   */
  'drawings:importPaper': channel(
    z
      .object({
        orientation: orientationSchema,
        mime: z.enum(PAPER_MIME_TYPES),
        image: base64Of(PAPER_UPLOAD_CEILING),
        width: z.int().min(1).max(1_000_000),
        height: z.int().min(1).max(1_000_000),
        originalFileName: z.string().max(1024).optional(),
        instrumentId: instrumentRefSchema.optional(),
        pageId: instrumentRefSchema.optional(),
      })
      .strict(),
    z.object({ id: idSchema }),
    PSYCHOLOGIST,
  ),
} as const;
