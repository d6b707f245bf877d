import { crc32 } from 'node:zlib';
import { refuseImage } from './refuse';

/**
 * PNG structure (W3C PNG Third Edition, §5 "Datastream structure", §11.2 critical chunks): the
 * signature, then chunks of length, type, data and a CRC-32 over type and data, from IHDR to IEND.
 * Checked here without decoding pixels; pngPixels.ts then inflates the image data.
 */

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type PngHeader = { width: number; height: number; bitDepth: number; colourType: number; interlaced: boolean };
export type PngStructure = PngHeader & {
  /** The IDAT payloads, in order: together one zlib stream. */
  idat: Buffer[];
  /** The file with only the chunks that affect how it looks (see KEPT_ANCILLARY), up to IEND. */
  sanitized: Buffer;
};

/** Bit depths allowed per colour type (§11.2.1, Table 11.1). */
const DEPTHS: ReadonlyMap<number, readonly number[]> = new Map([
  [0, [1, 2, 4, 8, 16]],
  [2, [8, 16]],
  [3, [1, 2, 4, 8]],
  [4, [8, 16]],
  [6, [8, 16]],
]);

/**
 * Ancillary chunks kept because they change how the picture looks: transparency, colour space
 * and physical size. All others are dropped, above all tEXt/zTXt/iTXt/eXIf/tIME, which carry
 * authors, devices, places and dates; and APNG's frames, so the picture is one still image.
 */
const KEPT_ANCILLARY: ReadonlySet<string> = new Set([
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'cICP',
  'mDCV',
  'cLLI',
  'pHYs',
  'bKGD',
]);
const MAX_CHUNK_LENGTH = 2 ** 31 - 1;

function readHeader(data: Buffer): PngHeader {
  if (data.length !== 13) throw refuseImage('corrupt', 'IHDR must be 13 bytes');
  const header = {
    width: data.readUInt32BE(0),
    height: data.readUInt32BE(4),
    bitDepth: data[8]!,
    colourType: data[9]!,
    interlaced: data[12] === 1,
  };
  if (header.width === 0 || header.height === 0 || header.width > MAX_CHUNK_LENGTH || header.height > MAX_CHUNK_LENGTH) {
    throw refuseImage('corrupt', 'IHDR dimensions out of range');
  }
  if (!DEPTHS.get(header.colourType)?.includes(header.bitDepth))
    throw refuseImage('corrupt', 'IHDR colour type and bit depth do not fit');
  if (data[10] !== 0 || data[11] !== 0 || data[12]! > 1)
    throw refuseImage('corrupt', 'IHDR compression, filter or interlace method unknown');
  return header;
}

/**
 * Walks the chunks, checking lengths, CRCs, order and the critical chunks' rules. Anything after
 * IEND is not part of the picture and is left out of `sanitized` (it is where polyglot payloads live).
 */
export function parsePng(bytes: Buffer): PngStructure {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw refuseImage('notAnImage', 'no PNG signature');
  let offset = 8;
  let header: PngHeader | null = null;
  let sawPalette = false;
  let idatState: 'before' | 'in' | 'after' = 'before';
  const idat: Buffer[] = [];
  const kept: Buffer[] = [PNG_SIGNATURE];
  for (;;) {
    if (offset + 8 > bytes.length) throw refuseImage('truncated', 'the file ends before IEND');
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (length > MAX_CHUNK_LENGTH) throw refuseImage('corrupt', 'chunk length out of range');
    if (!/^[A-Za-z]{4}$/.test(type)) throw refuseImage('corrupt', 'chunk type is not four letters');
    const end = offset + 12 + length;
    if (end > bytes.length) throw refuseImage('truncated', 'the file ends inside a chunk');
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== bytes.readUInt32BE(offset + 8 + length)) {
      throw refuseImage('checksum', `CRC mismatch in ${type}`);
    }
    const whole = bytes.subarray(offset, end);
    offset = end;
    if (header === null && type !== 'IHDR') throw refuseImage('corrupt', 'IHDR must come first');
    if (idatState === 'in' && type !== 'IDAT') idatState = 'after';
    switch (type) {
      case 'IHDR':
        if (header !== null) throw refuseImage('corrupt', 'a second IHDR');
        header = readHeader(data);
        kept.push(whole);
        break;
      case 'PLTE':
        if (sawPalette || idatState !== 'before') throw refuseImage('corrupt', 'PLTE repeated or after IDAT');
        if (header!.colourType === 0 || header!.colourType === 4) throw refuseImage('corrupt', 'PLTE in a greyscale image');
        if (length === 0 || length % 3 !== 0 || length / 3 > 2 ** Math.min(8, header!.bitDepth))
          throw refuseImage('corrupt', 'PLTE size');
        sawPalette = true;
        kept.push(whole);
        break;
      case 'IDAT':
        if (idatState === 'after') throw refuseImage('corrupt', 'IDAT chunks are not consecutive');
        if (header!.colourType === 3 && !sawPalette) throw refuseImage('corrupt', 'palette image without PLTE');
        idatState = 'in';
        idat.push(data);
        kept.push(whole);
        break;
      case 'IEND':
        if (length !== 0) throw refuseImage('corrupt', 'IEND has data');
        if (idat.length === 0) throw refuseImage('corrupt', 'no IDAT');
        kept.push(whole);
        return { ...header!, idat, sanitized: Buffer.concat(kept) };
      default:
        // Bit 5 of the first letter: upper case is critical, which a decoder must understand (§5.4).
        if (/^[A-Z]/.test(type)) throw refuseImage('unsupported', `unknown critical chunk ${type}`);
        if (KEPT_ANCILLARY.has(type)) kept.push(whole);
    }
  }
}
