import type { z } from 'zod';
import {
  MAX_THUMBNAIL_BYTES,
  type ThumbnailEntry,
  type ThumbnailMimeType,
  type thumbnailChannels,
  thumbnailPixelSize,
} from '../../../contract/thumbnailChannels';
import { findThumbnails, putThumbnail, thumbnailVersion } from '../../db/repos/drawingThumbnailsRepo';
import { checkImage, sniffMime } from '../../images/imageCheck';
import { refuseImage } from '../../images/refuse';
import { RIFF_MAGIC, parseWebp } from '../../images/webpStructure';
import { requireDrawing } from '../drawings/drawingsService';
import { mayTouchDrawing } from '../groups/drawingAccess';
import type { SignedInContext } from '../signedIn';

type Input<C extends keyof typeof thumbnailChannels> = z.output<(typeof thumbnailChannels)[C]['input']>;

/**
 * The thumbnails of a screen, in one read and one audit row. Each drawing is answered as
 * `drawings:get` would decide for it (no such drawing; not one of a facilitator's groups'), so a
 * list never shows more than opening each drawing would. A stored picture is current only while
 * the drawing has not changed since it was rendered (migration 0020).
 *
 * Audited as `drawing.thumbnailsViewed` with the ids of the pictures sent (ids only, never content),
 * once per call and only when a picture was sent: a call that shows nothing has viewed nothing, and
 * the drawings the renderer then opens to render a missing picture are audited by `drawings:get`.
 */
export function getThumbnails(s: SignedInContext, { ids }: Input<'drawings:thumbnails'>): ThumbnailEntry[] {
  const rows = new Map(findThumbnails(s.db, ids).map((row) => [row.id, row]));
  const entries = ids.map((id): ThumbnailEntry => {
    const row = rows.get(id);
    if (!row) return { id, status: 'unavailable', code: 'NOT_FOUND' };
    if (!mayTouchDrawing(s, id)) return { id, status: 'unavailable', code: 'FORBIDDEN' };
    if (row.bytes && row.mime && row.width !== null && row.height !== null && row.thumb_updated_at === row.updated_at) {
      return {
        id,
        status: 'ready',
        image: { mime: row.mime, width: row.width, height: row.height, data: row.bytes.toString('base64') },
      };
    }
    return { id, status: 'missing', orientation: row.orientation, medium: row.medium, updatedAt: row.updated_at };
  });
  const shown = entries.filter((e) => e.status === 'ready').map((e) => e.id);
  if (shown.length > 0)
    s.audit('drawing.thumbnailsViewed', { kind: 'drawing', id: null }, { count: shown.length, drawingIds: shown });
  return entries;
}

/** Checks a thumbnail's bytes by their own type (never a declared one): WebP by structure, PNG whole. */
async function checkThumbnail(
  bytes: Buffer,
  size: { width: number; height: number },
): Promise<{ mime: ThumbnailMimeType; bytes: Buffer; width: number; height: number }> {
  if (bytes.length > MAX_THUMBNAIL_BYTES) throw refuseImage('bytes', 'the thumbnail is larger than allowed');
  const exact = (width: number, height: number) => (width === size.width && height === size.height ? null : 'dimensionsMismatch');
  if (bytes.subarray(0, 4).equals(RIFF_MAGIC)) {
    const webp = parseWebp(bytes);
    const refused = exact(webp.width, webp.height);
    if (refused) throw refuseImage(refused, 'the thumbnail is not the page’s thumbnail size');
    return { mime: 'image/webp', bytes, ...webp };
  }
  if (sniffMime(bytes) !== 'image/png') throw refuseImage('notAnImage', 'not a WebP or PNG picture');
  const png = await checkImage(bytes, 'image/png', { maxBytes: MAX_THUMBNAIL_BYTES, dimensions: exact });
  return { mime: 'image/png', bytes: png.bytes, width: png.width, height: png.height };
}

/**
 * Stores a thumbnail the renderer painted with the drawing feature's own painter (the backend has
 * no canvas), checked before anything is written: a still WebP by its structure, or a PNG whole
 * like a paper import (every chunk and CRC, the pixel data inflated); either of exactly the page's
 * thumbnail size. Not audited: it adds nothing to the record (the picture is derived from strokes
 * the same sign-in has just drawn or opened, and that opening is audited), and a row per
 * backfilled drawing would bury the views.
 */
export async function storeThumbnail(s: SignedInContext, input: Input<'drawings:storeThumbnail'>): Promise<{ stored: boolean }> {
  const drawing = requireDrawing(s, input.id);
  const image = await checkThumbnail(Buffer.from(input.image, 'base64'), thumbnailPixelSize(drawing.orientation));
  // The PNG check awaits (its pixel data is inflated in steps): read the drawing again.
  const now = requireDrawing(s, input.id);
  const version = input.drawingUpdatedAt ?? (now.status === 'finished' ? now.updated_at : undefined);
  if (version !== now.updated_at || thumbnailVersion(s.db, input.id) === now.updated_at) return { stored: false };
  putThumbnail(s.db, { drawing_id: input.id, drawing_updated_at: version, ...image, created_at: s.nowIso() });
  return { stored: true };
}
