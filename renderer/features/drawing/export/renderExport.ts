/**
 * The page as a 300 dpi PNG (exportPixelSize): the finished page as the screen paints it
 * (finishedPage), and the psychologist's marks when asked for.
 */
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import { pageSize } from '../../../../assessments/drawing/page';
import { exportPixelSize } from '../../../../assessments/drawing/paper';
import type { PaperImage } from '../../../../electron/contract/drawingChannels';
import type { Annotation } from '../../../../electron/contract/annotationChannels';
import { fromBase64 } from '../storage/base64';
import { paintFinishedPage } from '../render/finishedPage';

function canvasOf(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context');
  return [canvas, ctx];
}

/** Numbered circles (pins) and rounded squares (notes), as on screen, about 6 mm across. */
export function paintAnnotations(ctx: CanvasRenderingContext2D, annotations: readonly Annotation[], scale: number): void {
  const r = 30 * scale;
  annotations.forEach((a, i) => {
    const x = a.x * scale;
    const y = a.y * scale;
    ctx.beginPath();
    if (a.kind === 'pin') ctx.arc(x, y, r, 0, Math.PI * 2);
    else ctx.roundRect(x - r, y - r, 2 * r, 2 * r, r / 4);
    ctx.fillStyle = a.kind === 'pin' ? '#b4233c' : '#1d5fa8';
    ctx.fill();
    ctx.lineWidth = r / 6;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = `bold ${Math.round(r * 1.1)}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(i + 1), x, y);
  });
}

/** The PNG of the page as it was finished (or last saved), with annotations if given. */
export async function renderExportPng(
  drawing: TypedDrawing,
  annotations: readonly Annotation[] | null,
  image: PaperImage | null = null,
): Promise<Blob> {
  const size = exportPixelSize(drawing.page.orientation);
  const scale = size.width / pageSize(drawing.page).width;
  const [page, ctx] = canvasOf(size.width, size.height);
  // A paper drawing: its picture, already cropped to the page, stretched to the export size.
  const paper = image
    ? await createImageBitmap(new Blob([fromBase64(image.data) as Uint8Array<ArrayBuffer>], { type: image.mime }))
    : undefined;
  paintFinishedPage(ctx, drawing, { paper });
  paper?.close();
  if (annotations) paintAnnotations(ctx, annotations, scale);
  return new Promise((resolve, reject) =>
    page.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
