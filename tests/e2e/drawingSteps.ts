/**
 * Helpers for the drawing end-to-end tests: drawing with a pen (synthetic Pointer Events with
 * pressure and coalesced samples) and with the mouse, reading the ink on the canvas, and reading
 * the stored drawing back from the backend. Set-up and UI texts come from steps.ts.
 */
import { type Page } from '@playwright/test';
import { decodeDrawing } from '../../assessments/drawing/encoding';
import type { Drawing } from '../../assessments/drawing/model';
import type { Backend } from '../../electron/backend/openBackend';

/** The stored drawing, decoded, as the backend holds it. */
export async function storedDrawing(backend: Backend, id: string): Promise<Drawing> {
  const got = await backend.invoke('drawings:get', { id });
  if (!got.ok) throw new Error(`${got.error.code}: ${got.error.message}`);
  return decodeDrawing(Buffer.from(got.value.bytes, 'base64'));
}

export type PenPoint = { x: number; y: number; pressure: number };

/**
 * A pen stroke as a tablet delivers it: pointerdown, then moves that each carry several coalesced
 * samples (one per digitiser report between frames), then pointerup; one move per animation
 * frame. Coordinates are fractions of the page (0..1). Returns how many coalesced samples the
 * browser kept on the moves (0 where PointerEventInit.coalescedEvents is not supported).
 */
export async function penStroke(page: Page, points: PenPoint[], perFrame = 4, pointerId = 7): Promise<number> {
  return page.evaluate(
    async ({ points, perFrame, pointerId }) => {
      const paper = document.querySelector<HTMLElement>('[data-testid="drawing-paper"]');
      if (!paper) throw new Error('no drawing page');
      const r = paper.getBoundingClientRect();
      const make = (type: string, p: { x: number; y: number; pressure: number }, extra: PointerEventInit = {}) =>
        new PointerEvent(type, {
          pointerId,
          pointerType: 'pen',
          isPrimary: true,
          clientX: r.left + p.x * r.width,
          clientY: r.top + p.y * r.height,
          pressure: type === 'pointerup' ? 0 : p.pressure,
          buttons: type === 'pointerup' ? 0 : 1,
          button: type === 'pointermove' ? -1 : 0,
          bubbles: true,
          cancelable: true,
          composed: true,
          ...extra,
        });
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      paper.dispatchEvent(make('pointerdown', points[0]!));
      let kept = 0;
      for (let i = 1; i < points.length; i += perFrame) {
        const batch = points.slice(i, i + perFrame);
        const coalesced = batch.map((p) => make('pointermove', p));
        const move = make('pointermove', batch[batch.length - 1]!, { coalescedEvents: coalesced } as PointerEventInit);
        kept += typeof move.getCoalescedEvents === 'function' ? move.getCoalescedEvents().length : 0;
        paper.dispatchEvent(move);
        await frame();
      }
      paper.dispatchEvent(make('pointerup', points[points.length - 1]!));
      await frame();
      return kept;
    },
    { points, perFrame, pointerId },
  );
}

/** A mouse stroke through page fractions, with real input events. */
export async function mouseStroke(page: Page, points: Array<[number, number]>, steps = 6): Promise<void> {
  const box = await page.getByTestId('drawing-paper').boundingBox();
  if (!box) throw new Error('no drawing page');
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(points[0]!));
  await page.mouse.down();
  for (const p of points.slice(1)) await page.mouse.move(...at(p), { steps });
  await page.mouse.up();
}

/** Alpha of the ink at a page fraction: reads the Konva ink layer canvas. */
export async function inkAt(page: Page, x: number, y: number): Promise<number> {
  return page.evaluate(
    ({ x, y }) => {
      const canvases = [
        ...document.querySelectorAll<HTMLCanvasElement>(
          '[data-testid="drawing-paper"] canvas, [data-testid="replay-paper"] canvas',
        ),
      ];
      let alpha = 0;
      for (const canvas of canvases) {
        const ctx = canvas.getContext('2d');
        if (!ctx) continue;
        const px = Math.floor(x * canvas.width);
        const py = Math.floor(y * canvas.height);
        // A 5×5 neighbourhood, so a thin line is found even where anti-aliasing thins it.
        const data = ctx.getImageData(Math.max(0, px - 2), Math.max(0, py - 2), 5, 5).data;
        for (let i = 3; i < data.length; i += 4) alpha = Math.max(alpha, data[i]!);
      }
      return alpha;
    },
    { x, y },
  );
}
