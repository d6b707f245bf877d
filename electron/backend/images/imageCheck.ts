import type { PaperMimeType } from '../../../assessments/drawing/paper';
import type { ImageRejectionReason } from '../../contract/paperChannels';
import { JPEG_MAGIC, parseJpeg } from './jpegStructure';
import { verifyPngPixels } from './pngPixels';
import { PNG_SIGNATURE, parsePng } from './pngStructure';
import { refuseImage } from './refuse';

/** A picture that passed every check: its real type and size, and the bytes to store (metadata removed). */
export type CheckedImage = { mime: PaperMimeType; width: number; height: number; bytes: Buffer };

export type ImageRules = {
  maxBytes: number;
  /**
   * Decides on the dimensions read from the header, before any pixel data is inflated, so a
   * picture that would be refused anyway costs no decompression. Returns the reason to refuse, or null.
   */
  dimensions(width: number, height: number): ImageRejectionReason | null;
};

/** The type the bytes really are, by their magic numbers; null when neither PNG nor JPEG. */
export function sniffMime(bytes: Buffer): PaperMimeType | null {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.subarray(0, 3).equals(JPEG_MAGIC)) return 'image/jpeg';
  return null;
}

/**
 * Checks an uploaded picture completely, in the order that costs least first: size, magic number,
 * declared type, structure, dimensions, then (PNG) the pixel data. Throws INVALID_IMAGE or
 * IMAGE_TOO_LARGE with one reason code; nothing here touches the database.
 */
export async function checkImage(bytes: Buffer, declared: PaperMimeType, rules: ImageRules): Promise<CheckedImage> {
  if (bytes.length > rules.maxBytes) throw refuseImage('bytes', 'the file is larger than allowed');
  const actual = sniffMime(bytes);
  if (actual === null) throw refuseImage('notAnImage', 'not a PNG or JPEG');
  if (actual !== declared) throw refuseImage('mimeMismatch', 'the declared type does not match the content');
  const decide = (width: number, height: number) => {
    const reason = rules.dimensions(width, height);
    if (reason) throw refuseImage(reason, 'the picture’s dimensions are not allowed');
  };
  if (actual === 'image/png') {
    const png = parsePng(bytes);
    decide(png.width, png.height);
    await verifyPngPixels(png, png.idat);
    return { mime: actual, width: png.width, height: png.height, bytes: png.sanitized };
  }
  const jpeg = parseJpeg(bytes);
  decide(jpeg.width, jpeg.height);
  return { mime: actual, width: jpeg.width, height: jpeg.height, bytes: jpeg.sanitized };
}
