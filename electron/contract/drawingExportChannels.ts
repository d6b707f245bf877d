import { z } from 'zod';
import { channel } from './channel';
import { base64Of } from './drawingChannels';
import { rolesAccess } from './roles';
import { idSchema } from './schemas';

/**
 * Largest PNG `drawings:exportPng` takes. 2480 × 3508 px in 8-bit RGBA is 34.8 MB of pixels, so even
 * a PNG that compresses nothing (a photographed paper drawing behind the strokes) stays under this.
 */
export const MAX_EXPORT_PNG_BYTES = 48 * 1024 * 1024;
const PSYCHOLOGIST = rolesAccess('psychologist');

/** Exporting a drawing as a picture file. */
export const drawingExportChannels = {
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
