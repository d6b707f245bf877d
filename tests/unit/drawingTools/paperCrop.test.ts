import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasPageShape, pageCropOf } from '../../../assessments/drawing/paper';
import { pagePointOf } from '../../../renderer/features/drawing/annotations/pagePoint';
import { adjustCrop, isCompleteImage, rotatedSize, sniffMime } from '../../../renderer/features/drawing/paper/cropMath';

describe('paper import helpers', () => {
  it('knows PNG and JPEG by their first bytes, not their names', () => {
    expect(sniffMime(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffMime(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMime(new TextEncoder().encode('this is not'))).toBeNull();
    expect(sniffMime(new Uint8Array([0x89, 0x50]))).toBeNull();
  });

  it('swaps the sides of a picture turned by a quarter', () => {
    expect(rotatedSize({ width: 400, height: 300 }, 90)).toEqual({ width: 300, height: 400 });
    expect(rotatedSize({ width: 400, height: 300 }, 180)).toEqual({ width: 400, height: 300 });
  });

  it('moves and scales the crop inside the picture, keeping the page shape', () => {
    const picture = { width: 1000, height: 1000 };
    const start = pageCropOf('portrait', picture.width, picture.height);
    const smaller = adjustCrop(start, picture, { scale: 0.5 });
    expect(hasPageShape('portrait', smaller.width, smaller.height)).toBe(true);
    const far = adjustCrop(smaller, picture, { dx: -5000, dy: 5000 });
    expect(far.x).toBe(0);
    expect(far.y + far.height).toBe(picture.height);
    const huge = adjustCrop(far, picture, { scale: 10 });
    expect(huge.height).toBeLessThanOrEqual(picture.height);
    expect(hasPageShape('portrait', huge.width, huge.height)).toBe(true);
  });

  it('maps a click on the page to page units', () => {
    const box = { left: 100, top: 50, width: 210, height: 297 };
    expect(pagePointOf({ clientX: 205, clientY: 50 + 297 / 2 }, box, { width: 2100, height: 2970 })).toEqual({
      x: 1050,
      y: 1485,
    });
    expect(pagePointOf({ clientX: 0, clientY: 1000 }, box, { width: 2100, height: 2970 })).toEqual({ x: 0, y: 2970 });
  });
});

describe('a cut image file is refused before it is decoded and re-encoded', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/images', name)));

  it('accepts the complete PNG and JPEG fixtures, also with padding after a JPEG', () => {
    expect(isCompleteImage('image/png', fixture('page-portrait.png'))).toBe(true);
    const jpeg = fixture('page-portrait.jpg');
    expect(isCompleteImage('image/jpeg', jpeg)).toBe(true);
    expect(isCompleteImage('image/jpeg', new Uint8Array([...jpeg, 0, 0, 0xff]))).toBe(true);
  });

  it('refuses the same files cut short', () => {
    const png = fixture('page-portrait.png');
    const jpeg = fixture('page-portrait.jpg');
    for (const cut of [1, 12, Math.floor(png.length / 2)])
      expect(isCompleteImage('image/png', png.slice(0, png.length - cut))).toBe(false);
    for (const cut of [1, 2, Math.floor(jpeg.length / 2)])
      expect(isCompleteImage('image/jpeg', jpeg.slice(0, jpeg.length - cut))).toBe(false);
  });
});
