import { refuseImage } from './refuse';

/**
 * JPEG structure (ITU-T T.81 Annex B, "Compressed data formats"): SOI, marker segments, one frame
 * header, one or more scans each followed by entropy-coded data, EOI. Checked without decoding the
 * Huffman data: every segment must fit, the frame must be a kind Chromium decodes (8-bit baseline,
 * extended sequential or progressive, Huffman coded, greyscale or three components), each scan
 * must name frame components and tables that were defined before it, and the file must reach EOI,
 * so a file cut anywhere is refused.
 */

export const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

export type JpegStructure = {
  width: number;
  height: number;
  /** SOI, the segments decoding needs, the scans and EOI: no EXIF, XMP, IPTC, comments or thumbnails. */
  sanitized: Buffer;
};

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const DQT = 0xdb;
const DHT = 0xc4;
const DRI = 0xdd;
const COM = 0xfe;
const APP2 = 0xe2;
const APP14 = 0xee;
/** Frame types Chromium's libjpeg-turbo decodes: baseline, extended sequential, progressive (Huffman). */
const SUPPORTED_FRAMES: ReadonlyMap<number, 'sequential' | 'progressive'> = new Map([
  [0xc0, 'sequential'],
  [0xc1, 'sequential'],
  [0xc2, 'progressive'],
]);
/**
 * Other SOFn (lossless, hierarchical, arithmetic coded), JPG and DAC (arithmetic conditioning), DNL,
 * DHP and EXP (T.81 Table B.1): valid JPEG that browsers do not decode.
 */
const isUnsupportedCoding = (m: number) => (m >= 0xc3 && m <= 0xcf && m !== DHT) || m === 0xdc || m === 0xde || m === 0xdf;

type Frame = { width: number; height: number; kind: 'sequential' | 'progressive'; quant: Map<number, number> };

/**
 * Kept APPn segments: the ICC profile (colours) and Adobe's (it says whether three components are
 * YCbCr or RGB). APP0 is dropped too: JFIF only restates the default, and its extension carries
 * thumbnails. The renderer bakes EXIF orientation into the pixels before upload, so EXIF has nothing
 * left to say, and it is where cameras put GPS positions, serial numbers and a thumbnail of the
 * uncropped photo.
 */
function keepsApp(marker: number, payload: Buffer): boolean {
  if (marker === APP2) return payload.toString('latin1', 0, 12) === 'ICC_PROFILE\0';
  if (marker === APP14) return payload.toString('latin1', 0, 5) === 'Adobe';
  return false;
}

function readFrame(marker: number, p: Buffer): Frame {
  if (p.length < 6) throw refuseImage('corrupt', 'frame header too short');
  const precision = p[0]!;
  const height = p.readUInt16BE(1);
  const width = p.readUInt16BE(3);
  const count = p[5]!;
  if (precision !== 8) throw refuseImage('unsupported', 'only 8-bit JPEG');
  if (height === 0) throw refuseImage('unsupported', 'height defined by DNL');
  if (width === 0) throw refuseImage('corrupt', 'zero width');
  if (count !== 1 && count !== 3) throw refuseImage('unsupported', 'only greyscale or three-component JPEG');
  if (p.length !== 6 + 3 * count) throw refuseImage('corrupt', 'frame header length');
  const quant = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const id = p[6 + 3 * i]!;
    const sampling = p[7 + 3 * i]!;
    const table = p[8 + 3 * i]!;
    const [h, v] = [sampling >> 4, sampling & 15];
    if (quant.has(id) || h < 1 || h > 4 || v < 1 || v > 4 || table > 3) throw refuseImage('corrupt', 'frame component');
    quant.set(id, table);
  }
  return { width, height, kind: SUPPORTED_FRAMES.get(marker)!, quant };
}

/** Reads DQT tables into `defined` (T.81 B.2.4.1). */
function readQuantTables(p: Buffer, defined: Set<number>): void {
  let i = 0;
  while (i < p.length) {
    const precision = p[i]! >> 4;
    const id = p[i]! & 15;
    if (precision > 1 || id > 3) throw refuseImage('corrupt', 'DQT table');
    i += 1 + 64 * (precision + 1);
    defined.add(id);
  }
  if (i !== p.length) throw refuseImage('corrupt', 'DQT length');
}

/** Reads DHT tables into `defined` as "dc0".."ac3" (T.81 B.2.4.2). */
function readHuffmanTables(p: Buffer, defined: Set<string>): void {
  let i = 0;
  while (i < p.length) {
    if (i + 17 > p.length) throw refuseImage('corrupt', 'DHT length');
    const cls = p[i]! >> 4;
    const id = p[i]! & 15;
    if (cls > 1 || id > 3) throw refuseImage('corrupt', 'DHT table');
    let symbols = 0;
    for (let k = 1; k <= 16; k++) symbols += p[i + k]!;
    if (symbols === 0 || symbols > 256) throw refuseImage('corrupt', 'DHT symbol count');
    i += 17 + symbols;
    defined.add(`${cls === 0 ? 'dc' : 'ac'}${id}`);
  }
  if (i !== p.length) throw refuseImage('corrupt', 'DHT length');
}

/** Checks a scan header against the frame and the tables defined so far (T.81 B.2.3, G.1.1.1). */
function checkScan(p: Buffer, frame: Frame, quant: Set<number>, huffman: Set<string>): void {
  const count = p[0] ?? 0;
  if (count < 1 || count > 4 || p.length !== 4 + 2 * count) throw refuseImage('corrupt', 'scan header length');
  const [ss, se, approx] = [p[1 + 2 * count]!, p[2 + 2 * count]!, p[3 + 2 * count]!];
  const [ah, al] = [approx >> 4, approx & 15];
  if (frame.kind === 'sequential' && (ss !== 0 || se !== 63 || approx !== 0))
    throw refuseImage('corrupt', 'sequential scan parameters');
  if (
    frame.kind === 'progressive' &&
    (se > 63 || ss > se || (ss === 0) !== (se === 0) || (ss > 0 && count !== 1) || al > 13 || ah > 13)
  ) {
    throw refuseImage('corrupt', 'progressive scan parameters');
  }
  for (let i = 0; i < count; i++) {
    const id = p[1 + 2 * i]!;
    const tables = p[2 + 2 * i]!;
    const table = frame.quant.get(id);
    if (table === undefined) throw refuseImage('corrupt', 'scan names a component the frame lacks');
    if (!quant.has(table)) throw refuseImage('corrupt', 'quantisation table not defined');
    const needsDc = frame.kind === 'sequential' || (ss === 0 && ah === 0);
    const needsAc = frame.kind === 'sequential' || ss > 0;
    if ((needsDc && !huffman.has(`dc${tables >> 4}`)) || (needsAc && !huffman.has(`ac${tables & 15}`))) {
      throw refuseImage('corrupt', 'Huffman table not defined');
    }
  }
}

/** End of the entropy-coded data starting at `from`: the next marker that is not a stuffed 0xFF00 or RSTn. */
function entropyEnd(bytes: Buffer, from: number): number {
  let i = from;
  for (;;) {
    i = bytes.indexOf(0xff, i);
    if (i < 0 || i + 1 >= bytes.length) throw refuseImage('truncated', 'the file ends inside a scan');
    const next = bytes[i + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i += 2;
    else if (next === 0xff)
      i += 1; // fill byte before a marker
    else return i;
  }
}

/** Walks the segments from SOI to EOI; see the module comment. Bytes after EOI are left out. */
export function parseJpeg(bytes: Buffer): JpegStructure {
  if (!bytes.subarray(0, 3).equals(JPEG_MAGIC)) throw refuseImage('notAnImage', 'no JPEG SOI');
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  const quant = new Set<number>();
  const huffman = new Set<string>();
  let frame: Frame | null = null;
  let scans = 0;
  let i = 2;
  for (;;) {
    if (i >= bytes.length) throw refuseImage('truncated', 'the file ends before EOI');
    if (bytes[i] !== 0xff) throw refuseImage('corrupt', 'expected a marker');
    while (bytes[i + 1] === 0xff) i += 1; // fill bytes (B.1.1.2)
    if (i + 1 >= bytes.length) throw refuseImage('truncated', 'the file ends inside a marker');
    const marker = bytes[i + 1]!;
    if (marker === EOI) {
      if (scans === 0) throw refuseImage('corrupt', 'EOI before any scan');
      kept.push(bytes.subarray(i, i + 2));
      return { width: frame!.width, height: frame!.height, sanitized: Buffer.concat(kept) };
    }
    if (marker === SOI || marker === 0x00 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      throw refuseImage('corrupt', 'marker out of place');
    }
    if (i + 4 > bytes.length) throw refuseImage('truncated', 'the file ends inside a segment header');
    const length = bytes.readUInt16BE(i + 2);
    if (length < 2) throw refuseImage('corrupt', 'segment length');
    const end = i + 2 + length;
    if (end > bytes.length) throw refuseImage('truncated', 'the file ends inside a segment');
    const payload = bytes.subarray(i + 4, end);
    const segment = bytes.subarray(i, end);
    if (SUPPORTED_FRAMES.has(marker)) {
      if (frame) throw refuseImage('unsupported', 'more than one frame');
      frame = readFrame(marker, payload);
      kept.push(segment);
    } else if (isUnsupportedCoding(marker)) {
      throw refuseImage('unsupported', 'lossless, hierarchical or arithmetic-coded JPEG');
    } else if (marker === DQT) {
      readQuantTables(payload, quant);
      kept.push(segment);
    } else if (marker === DHT) {
      readHuffmanTables(payload, huffman);
      kept.push(segment);
    } else if (marker === DRI) {
      if (length !== 4) throw refuseImage('corrupt', 'DRI length');
      kept.push(segment);
    } else if (marker === SOS) {
      if (!frame) throw refuseImage('corrupt', 'scan before the frame header');
      checkScan(payload, frame, quant, huffman);
      const dataEnd = entropyEnd(bytes, end);
      kept.push(bytes.subarray(i, dataEnd));
      scans += 1;
      i = dataEnd;
      continue;
    } else if ((marker >= 0xe0 && marker <= 0xef) || marker === COM) {
      if (keepsApp(marker, payload)) kept.push(segment);
    } else {
      throw refuseImage('unsupported', 'unknown marker');
    }
    i = end;
  }
}
