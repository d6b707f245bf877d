/** Why bytes could not be read as a drawing. */
export type DrawingDecodeErrorCode =
  /** Does not start with the drawing magic: not a drawing at all. */
  | 'badMagic'
  /** A drawing from a newer (or unknown) format version; refuse rather than guess. */
  | 'unsupportedVersion'
  /** Ends in the middle of a record, or before the last chunk's end marker. */
  | 'truncated'
  /** A record that cannot be valid: unknown tag, value out of range, impossible length. */
  | 'malformed'
  /** Well-formed records that break the drawing's ordering rules (timeline.ts). */
  | 'invalidDrawing';

/** Thrown by `decodeDrawing` for any input that is not a valid drawing; never anything else. */
export class DrawingDecodeError extends Error {
  override readonly name = 'DrawingDecodeError';

  constructor(
    readonly code: DrawingDecodeErrorCode,
    message: string,
    /** Byte offset where the problem was found. */
    readonly offset: number,
  ) {
    super(`${message} (at byte ${offset})`);
  }
}

/** Thrown by the encoders for a drawing that does not satisfy the model (out of range, out of order). */
export class InvalidDrawingError extends Error {
  override readonly name = 'InvalidDrawingError';
}
