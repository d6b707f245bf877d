import { refuseImage } from './refuse';

/**
 * WebP container structure (RFC 9649, "WebP Image Format"), for the thumbnails the renderer encodes
 * (issue 18 §4): a RIFF header whose size is the file's, then chunks of a FourCC, a little-endian
 * size and a payload padded to an even length. Accepted: a still picture, lossy (`VP8 `) or lossless
 * (`VP8L`), alone or after a `VP8X` header with a colour profile (`ICCP`, which Chromium writes) and
 * an `ALPH` chunk; nothing else (no animation, no EXIF or XMP, no bytes after the last chunk). The width and height come from the frame header
 * and must equal the VP8X canvas when there is one. The compressed pixel data is not decoded here:
 * these pictures come from the app's own renderer, are a few kilobytes, and are only ever shown by
 * Chromium's sandboxed decoder; the check keeps anything but a small still picture out of the table.
 */

export const RIFF_MAGIC = Buffer.from('RIFF', 'latin1');
const WEBP = Buffer.from('WEBP', 'latin1');

export type WebpStructure = { width: number; height: number };

type Chunk = { type: string; data: Buffer };

function chunksOf(bytes: Buffer): Chunk[] {
  if (bytes.length < 12 || !bytes.subarray(0, 4).equals(RIFF_MAGIC) || !bytes.subarray(8, 12).equals(WEBP)) {
    throw refuseImage('notAnImage', 'not a WebP picture');
  }
  const riffSize = bytes.readUInt32LE(4);
  if (riffSize + 8 > bytes.length) throw refuseImage('truncated', 'the WebP picture ends early');
  if (riffSize + 8 < bytes.length) throw refuseImage('corrupt', 'bytes after the WebP picture');
  const chunks: Chunk[] = [];
  let at = 12;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) throw refuseImage('truncated', 'a WebP chunk header ends early');
    const type = bytes.toString('latin1', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    const end = at + 8 + size;
    if (end > bytes.length) throw refuseImage('truncated', 'a WebP chunk ends early');
    chunks.push({ type, data: bytes.subarray(at + 8, end) });
    // Odd-sized payloads are followed by one padding byte, which must be there (and be the last byte or not).
    at = end + (size % 2);
    if (at > bytes.length) throw refuseImage('truncated', 'a WebP chunk’s padding is missing');
  }
  return chunks;
}

/** Width and height from a `VP8 ` key frame header (RFC 6386, §9.1) or a `VP8L` header (RFC 9649, §3.2). */
function frameSize(chunk: Chunk): WebpStructure {
  const d = chunk.data;
  if (chunk.type === 'VP8 ') {
    if (d.length < 10) throw refuseImage('truncated', 'the VP8 frame header ends early');
    const keyFrame = (d[0]! & 1) === 0;
    if (!keyFrame || d[3] !== 0x9d || d[4] !== 0x01 || d[5] !== 0x2a) throw refuseImage('corrupt', 'not a VP8 key frame');
    return { width: d.readUInt16LE(6) & 0x3fff, height: d.readUInt16LE(8) & 0x3fff };
  }
  if (d.length < 5) throw refuseImage('truncated', 'the VP8L header ends early');
  if (d[0] !== 0x2f) throw refuseImage('corrupt', 'not a VP8L stream');
  const bits = d.readUInt32LE(1);
  if (bits >>> 29 !== 0) throw refuseImage('unsupported', 'an unknown VP8L version');
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}

/** The chunk sequences of a still picture: simple, or extended with an optional colour profile and alpha. */
function isStill(types: readonly string[]): 'simple' | 'extended' | null {
  if (types.length === 1 && (types[0] === 'VP8 ' || types[0] === 'VP8L')) return 'simple';
  if (types[0] !== 'VP8X') return null;
  let i = 1;
  if (types[i] === 'ICCP') i++;
  if (types[i] === 'ALPH') {
    // Alpha in its own chunk goes with a lossy frame only (VP8L carries its own).
    return types.length === i + 2 && types[i + 1] === 'VP8 ' ? 'extended' : null;
  }
  return types.length === i + 1 && (types[i] === 'VP8 ' || types[i] === 'VP8L') ? 'extended' : null;
}

/** Checks the structure and returns the picture's size; throws INVALID_IMAGE with one reason otherwise. */
export function parseWebp(bytes: Buffer): WebpStructure {
  const chunks = chunksOf(bytes);
  const types = chunks.map((c) => c.type);
  const kind = isStill(types);
  if (!kind) throw refuseImage('unsupported', 'only a still WebP picture without metadata is accepted');
  const frame = frameSize(chunks.at(-1)!);
  if (kind === 'extended') {
    const header = chunks[0]!.data;
    if (header.length !== 10) throw refuseImage('corrupt', 'the VP8X header has the wrong size');
    const flags = header[0]!;
    // Animation (bit 1), XMP (bit 2) and EXIF (bit 3) are refused; the ICC flag (bit 5) must match its chunk.
    if ((flags & 0b0000_1110) !== 0) throw refuseImage('unsupported', 'a WebP feature that is not accepted');
    if (((flags & 0b0010_0000) !== 0) !== types.includes('ICCP')) throw refuseImage('corrupt', 'the ICC flag and chunk differ');
    const width = header.readUIntLE(4, 3) + 1;
    const height = header.readUIntLE(7, 3) + 1;
    if (width !== frame.width || height !== frame.height)
      throw refuseImage('dimensionsMismatch', 'the WebP canvas and frame differ');
  }
  if (frame.width === 0 || frame.height === 0) throw refuseImage('corrupt', 'a WebP picture without pixels');
  return frame;
}
