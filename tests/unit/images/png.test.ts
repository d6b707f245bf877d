import { describe, expect, it } from 'vitest';
import { PNG_SIGNATURE, fixturePicture, makePng, pngChunk, pngScanlines } from '../../fixtures/images/pictures';
import { check, refusal } from './helpers';

const small = () => makePng({ width: 21, height: 30, colourType: 2 });

describe('PNG check', () => {
  it('accepts every colour type and bit depth, interlaced or not, and a real encoder’s file', async () => {
    const combos: [0 | 2 | 3 | 4 | 6, 1 | 2 | 4 | 8 | 16][] = [
      [0, 1],
      [0, 2],
      [0, 4],
      [0, 8],
      [0, 16],
      [2, 8],
      [2, 16],
      [3, 1],
      [3, 2],
      [3, 4],
      [3, 8],
      [4, 8],
      [4, 16],
      [6, 8],
      [6, 16],
    ];
    for (const [colourType, bitDepth] of combos) {
      for (const interlaced of [false, true]) {
        // 13 × 9: odd sizes leave some Adam7 passes narrow, and 1 × 1 leaves six of them empty.
        for (const [width, height] of [
          [13, 9],
          [1, 1],
          [3, 2],
        ] as const) {
          const got = await check(makePng({ width, height, colourType, bitDepth, interlaced }), 'image/png');
          expect([got.width, got.height], `type ${colourType} depth ${bitDepth} ${interlaced}`).toEqual([width, height]);
        }
      }
    }
    const real = fixturePicture('page-portrait.png');
    const got = await check(real, 'image/png');
    expect(got).toMatchObject({ mime: 'image/png', width: 420, height: 594 });
    expect(got.bytes.equals(real)).toBe(true);
  });

  it('refuses the file cut at every length', async () => {
    const png = small();
    for (let length = 0; length < png.length; length++) {
      const reason = await refusal(check(png.subarray(0, length), 'image/png'));
      expect(reason, `cut at ${length}`).toBe(length < 8 ? 'INVALID_IMAGE notAnImage' : 'INVALID_IMAGE truncated');
    }
  });

  it('refuses a changed byte in a type, data or CRC field through the chunk CRC', async () => {
    const png = small();
    for (const offset of [12, 20, 45, png.length - 14]) {
      const broken = Buffer.from(png);
      broken[offset] = broken[offset]! ^ 0x10;
      expect(await refusal(check(broken, 'image/png')), `offset ${offset}`).toBe('INVALID_IMAGE checksum');
    }
  });

  it('refuses pixel data that is short, long, badly filtered or not deflate, even with correct CRCs', async () => {
    const spec = { width: 21, height: 30, colourType: 2 as const };
    const raw = pngScanlines(spec);
    expect(await refusal(check(makePng({ ...spec, raw: raw.subarray(0, raw.length - 5) }), 'image/png'))).toBe(
      'INVALID_IMAGE truncated',
    );
    expect(await refusal(check(makePng({ ...spec, raw: Buffer.concat([raw, Buffer.alloc(1)]) }), 'image/png'))).toBe(
      'INVALID_IMAGE corrupt',
    );
    const badFilter = Buffer.from(raw);
    badFilter[(1 + 21 * 3) * 7] = 5;
    expect(await refusal(check(makePng({ ...spec, raw: badFilter }), 'image/png'))).toBe('INVALID_IMAGE corrupt');
    const notDeflate = Buffer.concat([
      PNG_SIGNATURE,
      small().subarray(8, 33),
      pngChunk('IDAT', Buffer.from('plainly not zlib')),
      pngChunk('IEND'),
    ]);
    expect(await refusal(check(notDeflate, 'image/png'))).toBe('INVALID_IMAGE corrupt');
  });

  it('refuses broken structure: no IHDR first, no IDAT, split IDAT runs, unknown critical chunks, a palette image without PLTE', async () => {
    const png = small();
    const ihdr = png.subarray(8, 33);
    const idat = png.subarray(33, png.length - 12);
    const iend = pngChunk('IEND');
    const cases: [string, Buffer, string][] = [
      ['IDAT before IHDR', Buffer.concat([PNG_SIGNATURE, idat, ihdr, iend]), 'corrupt'],
      ['no IDAT', Buffer.concat([PNG_SIGNATURE, ihdr, iend]), 'corrupt'],
      [
        'IDAT, other chunk, IDAT',
        Buffer.concat([
          PNG_SIGNATURE,
          ihdr,
          idat.subarray(0, idat.length / 2),
          pngChunk('tEXt', Buffer.from('a\0b')),
          idat.subarray(idat.length / 2),
          iend,
        ]),
        'corrupt',
      ],
      [
        'unknown critical chunk',
        Buffer.concat([PNG_SIGNATURE, ihdr, pngChunk('ABCD', Buffer.alloc(3)), idat, iend]),
        'unsupported',
      ],
      ['IEND with data', Buffer.concat([PNG_SIGNATURE, ihdr, idat, pngChunk('IEND', Buffer.alloc(1))]), 'corrupt'],
      ['zero width', makePng({ width: 0, height: 4, raw: Buffer.alloc(4) }), 'corrupt'],
      [
        'colour type 2 at depth 4',
        makePng({ width: 4, height: 4, colourType: 2, bitDepth: 4, raw: Buffer.alloc(40) }),
        'corrupt',
      ],
      [
        'palette image without PLTE',
        Buffer.concat([PNG_SIGNATURE, makePng({ width: 4, height: 4, colourType: 3 }).subarray(8, 33), idat, iend]),
        'corrupt',
      ],
    ];
    for (const [what, bytes, reason] of cases)
      expect(await refusal(check(bytes, 'image/png')), what).toBe(`INVALID_IMAGE ${reason}`);
  });

  it('drops text, EXIF, time and animation chunks and anything after IEND, and keeps colour chunks', async () => {
    const extra = [
      pngChunk('tEXt', Buffer.from('Author\0Ivanov Ivan')),
      pngChunk('iTXt', Buffer.from('Location\0\0\0\0\0Kyzylorda')),
      pngChunk('eXIf', Buffer.from('MM\0*GPS')),
      pngChunk('tIME', Buffer.alloc(7, 1)),
      pngChunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f])),
      pngChunk('sRGB', Buffer.from([0])),
    ];
    const png = Buffer.concat([
      makePng({ width: 21, height: 30, colourType: 2, extra }),
      Buffer.from('PK\x03\x04 hidden archive'),
    ]);
    const got = await check(png, 'image/png');
    for (const text of ['Ivanov', 'Kyzylorda', 'eXIf', 'tIME', 'hidden archive'])
      expect(got.bytes.includes(text), text).toBe(false);
    for (const kept of ['gAMA', 'sRGB', 'IHDR', 'IDAT', 'IEND']) expect(got.bytes.includes(kept), kept).toBe(true);
    // What is stored is itself a valid PNG, unchanged by a second check.
    expect((await check(got.bytes, 'image/png')).bytes.equals(got.bytes)).toBe(true);
  });

  it('decides on dimensions before inflating anything', async () => {
    // A header claiming 60,000 × 60,000 with three bytes of "pixel data": refused for its size, not its data.
    const png = makePng({ width: 60_000, height: 60_000, raw: Buffer.alloc(3) });
    const rules = { maxBytes: 1 << 20, dimensions: (w: number) => (w > 12_000 ? ('dimensions' as const) : null) };
    expect(await refusal(check(png, 'image/png', rules))).toBe('IMAGE_TOO_LARGE dimensions');
  });

  it('stops inflating a zip bomb at the size the header implies', async () => {
    const spec = { width: 200, height: 200 };
    const bomb = makePng({ ...spec, raw: Buffer.alloc(64 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000); // 64 MiB of pixels in under 100 KB
    expect(await refusal(check(bomb, 'image/png'))).toBe('INVALID_IMAGE corrupt');
  });
});
