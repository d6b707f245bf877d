/** Bounds on recorded values; shared by the schemas, the ordering rules and the encoding. */

/**
 * Coordinates may leave the page (the pen slides past the edge), but not by more than 10 m; the
 * bound keeps every delta of the binary encoding a safe integer.
 */
export const COORD_LIMIT = 100_000;
/** A drawing's clock cannot pass one year, even across resumed crashes. */
export const MAX_TIME_MS = 366 * 24 * 60 * 60 * 1000;
/** Stroke widths in page units: 0.01 mm to 10 cm. */
export const MIN_WIDTH = 0.1;
export const MAX_WIDTH = 1000;
