/**
 * Constants of the binary drawing format, version 1. The layout is described in ENCODING.md;
 * any change to what these mean needs a new FORMAT_VERSION and a decoder that still reads 1.
 */
import type { PointerType, Tool } from './model';
import type { Orientation } from './page';

/** "KNDR": Kenes drawing. */
export const MAGIC = Uint8Array.of(0x4b, 0x4e, 0x44, 0x52);
export const FORMAT_VERSION = 1;
export const HEADER_LENGTH = MAGIC.length + 2;

export const ORIENTATION_CODES: readonly Orientation[] = ['portrait', 'landscape'];
export const TOOL_CODES: readonly Tool[] = ['pencil', 'colouredPencil', 'marker', 'eraser'];
export const POINTER_CODES: readonly PointerType[] = ['pen', 'touch', 'mouse'];

/** Record tags. Every chunk ends with END, so a stream cut at any point other than a chunk end is detected. */
export const TAG = {
  END: 0x00,
  STYLES: 0x01,
  STROKE: 0x02,
  UNDO: 0x03,
  REDO: 0x04,
  CLEAR: 0x05,
  GAP: 0x06,
  FINISH: 0x07,
} as const;

/** Style byte: tool code in bits 0–1, pointer code in bits 2–3, the rest zero. */
export function styleByte(tool: Tool, pointerType: PointerType): number {
  return TOOL_CODES.indexOf(tool) | (POINTER_CODES.indexOf(pointerType) << 2);
}

/**
 * Per-stroke predictor flags: bit set = that channel is coded against a linear extrapolation of
 * the two previous points (second difference) instead of the previous point (first difference).
 */
export const PREDICT = { X: 1, Y: 2, T: 4, P: 8 } as const;
export const PREDICT_MASK = 0x0f;

/** Smallest encoding of a point after the first: x and y varints and one pair varint. */
export const MIN_POINT_BYTES = 3;
/** Smallest encoding of a style entry: style byte, 3 colour bytes, width varint. */
export const MIN_STYLE_BYTES = 5;
