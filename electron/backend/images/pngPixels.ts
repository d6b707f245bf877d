import { Readable } from 'node:stream';
import { createInflate } from 'node:zlib';
import { AppFailure } from '../../contract/errors';
import type { PngHeader } from './pngStructure';
import { refuseImage } from './refuse';

/**
 * Checks a PNG's image data without keeping it: the zlib stream must inflate without error (its
 * Adler-32 included) to exactly the bytes the header implies, and every scanline must start with a
 * known filter type (0–4, PNG §7.3 and §9.2). That is what decoding needs, so a picture that passes
 * shows whole in Chromium; one cut inside IDAT, or with damaged deflate data, is refused.
 * Streaming keeps memory flat, and output beyond the expected size stops at once (zip bombs).
 */

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7 passes as [x0, y0, dx, dy] (§8.2). */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Scanline runs of the (possibly interlaced) image: `rows` lines of `stride` bytes, filter byte included. */
export function scanlineRuns(h: PngHeader): { rows: number; stride: number }[] {
  const bitsPerPixel = CHANNELS[h.colourType]! * h.bitDepth;
  const stride = (width: number) => 1 + Math.ceil((width * bitsPerPixel) / 8);
  if (!h.interlaced) return [{ rows: h.height, stride: stride(h.width) }];
  return ADAM7.map(([x0, y0, dx, dy]) => {
    const w = h.width > x0 ? Math.ceil((h.width - x0) / dx) : 0;
    const rows = h.height > y0 ? Math.ceil((h.height - y0) / dy) : 0;
    // An empty pass has no scanlines at all, not even filter bytes (§8.2).
    return w === 0 ? { rows: 0, stride: 1 } : { rows, stride: stride(w) };
  }).filter((run) => run.rows > 0);
}

/** Where each scanline's filter byte is, as a running cursor over the inflated stream. */
class FilterBytes {
  private run = 0;
  private rowsLeft: number;
  /** Offset of the next filter byte in the inflated stream; Infinity after the last row. */
  next = 0;
  readonly total: number;

  constructor(private readonly runs: { rows: number; stride: number }[]) {
    this.rowsLeft = runs[0]?.rows ?? 0;
    this.total = runs.reduce((sum, r) => sum + r.rows * r.stride, 0);
    if (runs.length === 0) this.next = Infinity;
  }

  advance(): void {
    this.next += this.runs[this.run]!.stride;
    this.rowsLeft -= 1;
    if (this.rowsLeft === 0) {
      this.run += 1;
      if (this.run === this.runs.length) this.next = Infinity;
      else this.rowsLeft = this.runs[this.run]!.rows;
    }
  }
}

/** Inflates the IDAT stream and checks its length and filter bytes; refuses with truncated or corrupt. */
export async function verifyPngPixels(header: PngHeader, idat: Buffer[]): Promise<void> {
  const filters = new FilterBytes(scanlineRuns(header));
  const inflater = createInflate();
  let seen = 0;
  try {
    for await (const chunk of Readable.from(idat).pipe(inflater) as AsyncIterable<Buffer>) {
      if (seen + chunk.length > filters.total) throw refuseImage('corrupt', 'more image data than the header implies');
      while (filters.next < seen + chunk.length) {
        if (chunk[filters.next - seen]! > 4) throw refuseImage('corrupt', 'unknown scanline filter');
        filters.advance();
      }
      seen += chunk.length;
    }
  } catch (error) {
    inflater.destroy();
    if (error instanceof AppFailure) throw error;
    if (error instanceof Error && 'code' in error) {
      // zlib reports a stream cut short as Z_BUF_ERROR ("unexpected end of file").
      throw error.code === 'Z_BUF_ERROR'
        ? refuseImage('truncated', 'image data ends early')
        : refuseImage('corrupt', 'image data does not inflate');
    }
    throw error;
  }
  if (seen !== filters.total) throw refuseImage('truncated', 'less image data than the header implies');
}
