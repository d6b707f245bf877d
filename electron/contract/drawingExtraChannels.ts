import { z } from 'zod';
import { pageSize } from '../../assessments/drawing/page';
import { PAPER_MAX_BYTES, PAPER_MIME_TYPES } from '../../assessments/drawing/paper';
import { channel, nothing } from './channel';
import { base64Of, instrumentRefSchema, orientationSchema } from './drawingChannels';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';

/** Longest annotation text: a short note beside a mark, not a report (reports belong to assessments). */
export const MAX_ANNOTATION_TEXT = 500;
/**
 * Largest PNG `drawings:exportPng` takes. 2480 × 3508 px in 8-bit RGBA is 34.8 MB of pixels, so even
 * a PNG that compresses nothing (a photographed paper drawing behind the strokes) stays under this.
 */
export const MAX_EXPORT_PNG_BYTES = 48 * 1024 * 1024;
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

const LONGEST_SIDE = Math.max(pageSize({ orientation: 'portrait' }).width, pageSize({ orientation: 'portrait' }).height);
/** A page coordinate; whether it lies on the drawing's page (portrait or landscape) is checked by the service. */
const pageCoordinateSchema = z.number().min(0).max(LONGEST_SIDE);
export const ANNOTATION_KINDS = ['pin', 'note'] as const;
/** Tabs and line breaks are kept; other control characters have no place in a note and could confuse logs or exports. */
const annotationTextSchema = z
  .string()
  .trim()
  .max(MAX_ANNOTATION_TEXT)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'no control characters');

/** A psychologist's mark on a drawing: a pin (text optional) or a note (text required), in page units. */
export const annotationSchema = z.object({
  id: idSchema,
  drawingId: idSchema,
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  kind: z.enum(ANNOTATION_KINDS),
  x: z.number(),
  y: z.number(),
  text: z.string(),
});
export type Annotation = z.infer<typeof annotationSchema>;

const PSYCHOLOGIST = rolesAccess('psychologist');

/**
 * Annotations, paper drawings and PNG export (issue 3, items 8–10). Annotations are the
 * psychologist's layer, stored apart from the client's strokes; none of these channels is open in
 * client mode (services/clientMode.ts allows only the client's own drawing channels).
 */
export const drawingExtraChannels = {
  /** The drawing's annotations that are not deleted, oldest first; audited as a view. */
  'annotations:list': channel(z.object({ drawingId: idSchema }).strict(), z.array(annotationSchema), PSYCHOLOGIST),
  /** Adds a pin or a note at (x, y) in page units; allowed on finished and paper drawings. */
  'annotations:add': channel(
    z
      .object({ drawingId: idSchema, kind: z.enum(ANNOTATION_KINDS), x: pageCoordinateSchema, y: pageCoordinateSchema, text: annotationTextSchema })
      .strict()
      .refine((a) => a.kind === 'pin' || a.text.length > 0, { path: ['text'], message: 'a note needs text' }),
    annotationSchema,
    PSYCHOLOGIST,
  ),
  /** Changes the text, and moves the mark when x and y are given; only its author may. */
  'annotations:update': channel(
    z
      .object({ id: idSchema, text: annotationTextSchema, x: pageCoordinateSchema.optional(), y: pageCoordinateSchema.optional() })
      .strict()
      .refine((a) => (a.x === undefined) === (a.y === undefined), { path: ['y'], message: 'move with both x and y' }),
    annotationSchema,
    PSYCHOLOGIST,
  ),
  /** Deletes an annotation (kept in the database, marked deleted, audited); only its author may. */
  'annotations:delete': channel(z.object({ id: idSchema }).strict(), nothing, PSYCHOLOGIST),

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
  /**
   * Saves the page as the renderer rendered it: a PNG of exactly exportPixelSize(orientation)
   * (A4 at 300 dpi), through the save port (a dialog in Electron). `saved` is false when the person
   * cancelled; only a saved export is audited.
   */
  'drawings:exportPng': channel(
    z.object({ drawingId: idSchema, withAnnotations: z.boolean(), png: base64Of(MAX_EXPORT_PNG_BYTES) }).strict(),
    z.object({ saved: z.boolean() }),
    PSYCHOLOGIST,
  ),
} as const;
