import { describe, expect, it } from 'vitest';
import { fixturePicture, frameOffset, jpegSegment, makePng, withSegmentsAfterSoi } from '../../fixtures/images/pictures';
import { check, refusal } from './helpers';

const jpeg = fixturePicture('page-portrait.jpg');

/** The fixture with one byte of its frame header replaced. */
function withFrameByte(offsetInSegment: number, value: number): Buffer {
  const out = Buffer.from(jpeg);
  out[frameOffset(out) + offsetInSegment] = value;
  return out;
}

describe('JPEG check', () => {
  it('accepts a real encoder’s baseline JPEG and reads its size from the frame header', async () => {
    const got = await check(jpeg, 'image/jpeg');
    expect(got).toMatchObject({ mime: 'image/jpeg', width: 420, height: 594 });
    // Only the JFIF APP0 segment (18 bytes) is dropped; the ICC profile stays.
    expect(got.bytes.length).toBe(jpeg.length - 18);
    expect(got.bytes.includes('ICC_PROFILE')).toBe(true);
    expect((await check(got.bytes, 'image/jpeg')).bytes.equals(got.bytes)).toBe(true);
  });

  it('refuses the file cut at every length', async () => {
    for (let length = 0; length < jpeg.length; length++) {
      const reason = await refusal(check(jpeg.subarray(0, length), 'image/jpeg'));
      expect(reason, `cut at ${length}`).toBe(length < 3 ? 'INVALID_IMAGE notAnImage' : 'INVALID_IMAGE truncated');
    }
  });

  it('removes EXIF, XMP, IPTC, comments and thumbnails, and anything after EOI', async () => {
    const exif = jpegSegment(0xe1, Buffer.from('Exif\0\0MM\0*GPS 44.85N 65.50E Kyzylorda; camera serial 123456'));
    const xmp = jpegSegment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<dc:creator>Ivanov Ivan</dc:creator>'));
    const iptc = jpegSegment(0xed, Buffer.from('Photoshop 3.0\0 by-line Ivanov'));
    const comment = jpegSegment(0xfe, Buffer.from('scan of Ivanov'));
    const dirty = Buffer.concat([
      withSegmentsAfterSoi(jpeg, exif, xmp, iptc, comment),
      Buffer.from('motion photo trailer Ivanov'),
    ]);
    const got = await check(dirty, 'image/jpeg');
    for (const text of ['Exif', 'Ivanov', 'Kyzylorda', 'serial', 'trailer']) expect(got.bytes.includes(text), text).toBe(false);
    expect(got.bytes.equals((await check(jpeg, 'image/jpeg')).bytes)).toBe(true);
  });

  it('refuses JPEG kinds Chromium does not decode, and impossible frame headers', async () => {
    expect(jpeg[frameOffset(jpeg) + 1]).toBe(0xc0);
    expect(jpeg.readUInt16BE(2 + 2)).toBe(16); // the APP0 segment ends at byte 20
    const cases: [string, Buffer, string][] = [
      ['lossless (SOF3)', withFrameByte(1, 0xc3), 'unsupported'],
      ['arithmetic coded (SOF9)', withFrameByte(1, 0xc9), 'unsupported'],
      ['12-bit samples', withFrameByte(4, 12), 'unsupported'],
      ['height from DNL', withFrameByte(5, 0).fill(0, frameOffset(jpeg) + 5, frameOffset(jpeg) + 7), 'unsupported'],
      ['zero width', Buffer.from(jpeg).fill(0, frameOffset(jpeg) + 7, frameOffset(jpeg) + 9), 'corrupt'],
      ['two components', withFrameByte(9, 2), 'unsupported'],
      ['a second SOI', withSegmentsAfterSoi(jpeg, Buffer.from([0xff, 0xd8])), 'corrupt'],
      [
        'garbage between segments',
        Buffer.concat([jpeg.subarray(0, 20), Buffer.from([0x00, 0x11]), jpeg.subarray(20)]),
        'corrupt',
      ],
      ['EOI before any scan', Buffer.from([0xff, 0xd8, 0xff, 0xd9]), 'corrupt'],
    ];
    for (const [what, bytes, reason] of cases)
      expect(await refusal(check(bytes, 'image/jpeg')), what).toBe(`INVALID_IMAGE ${reason}`);
  });

  it('refuses a scan whose tables were never defined', async () => {
    // Drop every DHT segment: the scan then names Huffman tables that do not exist.
    const parts: Buffer[] = [jpeg.subarray(0, 2)];
    let i = 2;
    for (;;) {
      const marker = jpeg[i + 1]!;
      if (marker === 0xda) {
        parts.push(jpeg.subarray(i));
        break;
      }
      const end = i + 2 + jpeg.readUInt16BE(i + 2);
      if (marker !== 0xc4) parts.push(jpeg.subarray(i, end));
      i = end;
    }
    expect(await refusal(check(Buffer.concat(parts), 'image/jpeg'))).toBe('INVALID_IMAGE corrupt');
  });

  it('refuses a declared type that does not match the content, and what is neither', async () => {
    expect(await refusal(check(jpeg, 'image/png'))).toBe('INVALID_IMAGE mimeMismatch');
    expect(await refusal(check(makePng({ width: 4, height: 4 }), 'image/jpeg'))).toBe('INVALID_IMAGE mimeMismatch');
    for (const notAnImage of [
      'GIF89a......',
      '%PDF-1.7',
      'BM6\0\0\0',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'RIFF\0\0\0\0WEBPVP8 ',
    ]) {
      expect(await refusal(check(Buffer.from(notAnImage), 'image/jpeg')), notAnImage).toBe('INVALID_IMAGE notAnImage');
    }
    expect(await refusal(check(Buffer.alloc(0), 'image/png'))).toBe('INVALID_IMAGE notAnImage');
  });

  it('refuses more bytes than allowed before looking inside', async () => {
    expect(await refusal(check(jpeg, 'image/jpeg', { maxBytes: jpeg.length - 1, dimensions: () => null }))).toBe(
      'IMAGE_TOO_LARGE bytes',
    );
  });
});
