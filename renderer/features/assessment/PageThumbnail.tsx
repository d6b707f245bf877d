import { useEffect, useRef } from 'react';
import { stateAt } from '../../../assessments/drawing';
import type { Drawing } from '../../../assessments/drawing/model';
import { pageSize } from '../../../assessments/drawing/page';
import type { PaperImage } from '../../../electron/contract/drawingChannels';
import { paintStroke } from '../drawing/render/strokePainter';
import { drawingDuration } from '../drawing/ReplayView';

type Props = { drawing: Drawing; image: PaperImage | null; label: string; width?: number };

/**
 * A finished page, small: a paper scan as its picture, a digital drawing painted by the canvas's
 * own painter (strokePainter) on white paper, ink on its own surface first so the eraser removes
 * ink and never the paper (as renderExport does).
 */
export function PageThumbnail({ drawing, image, label, width = 180 }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const page = pageSize(drawing.page);
  const height = Math.round((width * page.height) / page.width);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || image) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const scale = canvas.width / page.width;
    const ink = document.createElement('canvas');
    ink.width = canvas.width;
    ink.height = canvas.height;
    const inkCtx = ink.getContext('2d');
    if (!inkCtx) return;
    inkCtx.setTransform(scale, 0, 0, scale, 0, 0);
    for (const stroke of stateAt(drawing.events, drawingDuration(drawing)).strokes) paintStroke(inkCtx, stroke);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(ink, 0, 0);
    ink.width = 0;
  }, [drawing, image, width, height, page.width]);

  if (image) {
    // data: URLs are allowed by the CSP (img-src 'self' data: blob:); the picture never leaves the page.
    return <img className="page-thumb" src={`data:${image.mime};base64,${image.data}`} width={width} height={height} alt={label} data-testid="page-thumbnail" />;
  }
  return <canvas ref={ref} className="page-thumb" style={{ width, height }} role="img" aria-label={label} data-testid="page-thumbnail" />;
}
