import type { Page } from '@playwright/test';

/**
 * Ink of a known kind on a picture (a PDF page from pdftoppm as PNG, or a stored thumbnail), counted
 * in the browser (a canvas decodes it), with the box around it. The report's own text and lines are
 * tinted blue-green, so 'red' ink (a test drawing's colour) and 'graphite' (the HTP pencil, a neutral
 * grey #3b3b3b: dark with equal channels) can only be the drawing; 'dark' is any dark pixel (a scan).
 */
export type Ink = 'red' | 'graphite' | 'dark';

export async function inkPixels(
  page: Page,
  picture: Buffer,
  ink: Ink,
  mime = 'image/png',
): Promise<{ count: number; width: number; height: number }> {
  const context = await page.context().browser()!.newContext();
  try {
    const viewer = await context.newPage();
    return await viewer.evaluate(
      async ({ src, ink }) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const isInk =
          ink === 'red'
            ? (r: number, g: number, b: number) => r > 190 && g < 110 && b < 110
            : ink === 'graphite'
              ? (r: number, g: number, b: number) => r < 120 && Math.abs(r - g) <= 3 && Math.abs(g - b) <= 3
              : (r: number, g: number, b: number) => r < 160 && g < 160 && b < 160;
        let [count, minX, maxX, minY, maxY] = [0, Infinity, -Infinity, Infinity, -Infinity];
        for (let i = 0; i < data.length; i += 4) {
          if (isInk(data[i]!, data[i + 1]!, data[i + 2]!)) {
            const x = (i / 4) % canvas.width;
            const y = Math.floor(i / 4 / canvas.width);
            count++;
            [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
          }
        }
        return { count, width: count ? maxX - minX : 0, height: count ? maxY - minY : 0 };
      },
      { src: `data:${mime};base64,${picture.toString('base64')}`, ink },
    );
  } finally {
    await context.close();
  }
}
