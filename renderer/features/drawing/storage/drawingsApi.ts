/**
 * The drawing channels as the Drawings area uses them: decoded drawings, and the list of drawings.
 * Drawings come back in the typed form (assessments/drawing/typed.ts), which the canvas, replay,
 * metrics and export read without an object per point.
 */
import { type TypedDrawing, decodeTypedDrawing } from '../../../../assessments/drawing';
import type { DrawingInfo, DrawingListItem, PaperImage } from '../../../../electron/contract/drawingChannels';
import type { Result } from '../../../../electron/contract/errors';
import { call } from '../../../api';
import { fromBase64 } from './base64';

export type { DrawingInfo, DrawingListItem, PaperImage };

/** A drawing's stored bytes, decoded; INTERNAL when they do not decode (never expected: the backend checks every append). */
export function decodeBytes(bytes: string): Result<TypedDrawing> {
  try {
    return { ok: true, value: decodeTypedDrawing(fromBase64(bytes)) };
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'stored drawing does not decode' } };
  }
}

/** A drawing and, for a paper drawing, its picture (then `drawing` has no strokes). */
export async function loadDrawing(
  id: string,
): Promise<Result<{ info: DrawingInfo; drawing: TypedDrawing; image: PaperImage | null }>> {
  const result = await call('drawings:get', { id });
  if (!result.ok) return result;
  const decoded = decodeBytes(result.value.bytes);
  return decoded.ok ? { ok: true, value: { info: result.value, drawing: decoded.value, image: result.value.image } } : decoded;
}

/** Every drawing of the facility, newest first, with its client's code (metadata only; the list read is audited). */
export async function listDrawings(): Promise<Result<DrawingListItem[]>> {
  return call('drawings:list', {});
}
