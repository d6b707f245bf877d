/**
 * Thumbnails made when a drawing is finished or a paper drawing imported (issue 18 §4), while the
 * renderer still holds the picture: nothing needs to be opened again. Best effort: when storing
 * fails (a lock in between), the first screen that shows the drawing renders it (drawingCache.tsx).
 */
import type { Orientation } from '../../../../assessments/drawing/page';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { call } from '../../../api';
import { toBase64 } from '../storage/base64';
import { renderPaperThumbnail, renderThumbnail } from './renderThumbnail';

async function store(id: string, picture: Blob): Promise<void> {
  // A finished drawing never changes again, so no version is needed (drawings:storeThumbnail).
  await call('drawings:storeThumbnail', { id, image: toBase64(new Uint8Array(await picture.arrayBuffer())) });
}

/** After "Finished": the drawing as the client left it. */
export async function storeFinishedThumbnail(id: string, drawing: TypedDrawing): Promise<void> {
  try {
    await store(id, await renderThumbnail(drawing));
  } catch {
    // Rendered later, from the stored drawing, by the first screen that shows it.
  }
}

/** After a paper import: the picture as it was sent (already rotated and cropped to the page). */
export async function storePaperThumbnail(id: string, orientation: Orientation, picture: Blob): Promise<void> {
  try {
    await store(id, await renderPaperThumbnail(orientation, picture));
  } catch {
    // Rendered later, from the stored picture, by the first screen that shows it.
  }
}
