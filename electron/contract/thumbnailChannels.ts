import { z } from 'zod';
import { type Orientation, pageSize } from '../../assessments/drawing/page';
import { channel } from './channel';
import { base64Of, orientationSchema } from './drawingChannels';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';

/**
 * Thumbnails as small cached images (issue 18 §4). A screen of thumbnails asks for all of them in
 * one call (one audit row) and gets small PNGs rendered once, instead of one audited `drawings:get`
 * per thumbnail that decodes and paints every stroke.
 */

/** Long side of every stored thumbnail, in pixels: the largest thumbnail shown (160 CSS px wide) at 2× stays sharp enough. */
export const THUMBNAIL_LONG_SIDE_PX = 320;
/**
 * What a thumbnail is stored as: WebP (lossy, a few kilobytes: what the renderer sends), or PNG
 * where a Chromium cannot encode WebP (canvas.toBlob then falls back to PNG).
 */
export const THUMBNAIL_MIME_TYPES = ['image/webp', 'image/png'] as const;
export type ThumbnailMimeType = (typeof THUMBNAIL_MIME_TYPES)[number];
/** A 226 × 320 WebP is 5–30 KB, a PNG of a busy drawing ~60 KB and of a photograph ~150 KB. More is refused (IMAGE_TOO_LARGE). */
export const MAX_THUMBNAIL_BYTES = 256 * 1024;
/** Most drawings one call may ask for: a screen's worth, with room (a client's years of drawings are fetched as scrolled to). */
export const MAX_THUMBNAIL_IDS = 200;

/** The exact pixel size of a thumbnail of a page of this orientation (the page's shape, long side THUMBNAIL_LONG_SIDE_PX). */
export function thumbnailPixelSize(orientation: Orientation): { width: number; height: number } {
  const page = pageSize({ orientation });
  const scale = THUMBNAIL_LONG_SIDE_PX / Math.max(page.width, page.height);
  return { width: Math.round(page.width * scale), height: Math.round(page.height * scale) };
}

const thumbnailImageSchema = z.object({
  mime: z.enum(THUMBNAIL_MIME_TYPES),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Base64 of the picture. */
  data: z.string(),
});
export type ThumbnailImage = z.infer<typeof thumbnailImageSchema>;

/**
 * One drawing's answer. `ready`: the stored picture. `missing`: none yet (drawn before migration
 * 0020, or changed since it was rendered): the renderer renders it once from `drawings:get` and
 * stores it with `drawings:storeThumbnail`, passing `updatedAt` back. `unavailable`: the reason
 * `drawings:get` would give for this drawing (no such drawing, or not one of the caller's groups').
 */
export const thumbnailEntrySchema = z.discriminatedUnion('status', [
  z.object({ id: idSchema, status: z.literal('ready'), image: thumbnailImageSchema }),
  z.object({
    id: idSchema,
    status: z.literal('missing'),
    orientation: orientationSchema,
    medium: z.enum(['digital', 'paper']),
    updatedAt: isoDateTimeSchema,
  }),
  z.object({ id: idSchema, status: z.literal('unavailable'), code: z.enum(['NOT_FOUND', 'FORBIDDEN']) }),
]);
export type ThumbnailEntry = z.infer<typeof thumbnailEntrySchema>;

/** The same roles as `drawings:get` (a facilitator's reach is checked per drawing by the service). */
const DRAWING_READERS = rolesAccess('psychologist', 'facilitator');

export const thumbnailChannels = {
  /**
   * Thumbnails of these drawings, in the order asked, each id once. Audited as one row
   * (`drawing.thumbnailsViewed`, with the ids shown); never answers in client mode.
   */
  'drawings:thumbnails': channel(
    z
      .object({ ids: z.array(idSchema).min(1).max(MAX_THUMBNAIL_IDS) })
      .strict()
      .refine((input) => new Set(input.ids).size === input.ids.length, { message: 'each drawing once' }),
    z.array(thumbnailEntrySchema),
    DRAWING_READERS,
  ),
  /**
   * Stores the thumbnail the renderer rendered from the drawing as it was at `drawingUpdatedAt`
   * (the `updatedAt` of the `drawings:get` it painted; may be left out for a finished drawing, which
   * never changes again: "Finished" and a paper import store theirs at once). `image`: a still WebP
   * (its structure checked) or a PNG (checked whole like an import) of exactly thumbnailPixelSize(the
   * drawing's orientation); its type is read from its bytes. `stored` is false
   * when the drawing has changed since (the picture would be stale), when an unfinished drawing is
   * stored without its version, or when a current thumbnail is already stored (rendered once).
   * Open in client mode for the drawing on screen.
   */
  'drawings:storeThumbnail': channel(
    z.object({ id: idSchema, drawingUpdatedAt: isoDateTimeSchema.optional(), image: base64Of(MAX_THUMBNAIL_BYTES) }).strict(),
    z.object({ stored: z.boolean() }),
    DRAWING_READERS,
  ),
} as const;
