import { useEffect, useRef } from 'react';
import { stateAt } from '../../../../assessments/drawing';
import type { Drawing } from '../../../../assessments/drawing/model';
import { pageSize } from '../../../../assessments/drawing/page';
import { paintStroke } from '../../drawing/render/strokePainter';
import { drawingDuration } from '../../drawing/ReplayView';

type Props = { drawing: Drawing; label: string; width?: number };

/**
 * A drawing as it was finished, small: the strokes painted by the same painter as the canvas and
 * the replay (strokePainter), on white paper, in the page's proportions. The ink goes on its own
 * surface first so the eraser removes ink, never the paper (as renderExport does).
 */
export function DrawingThumbnail({ drawing, label, width = 160 }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const page = pageSize(drawing.page);
  const height = Math.round((width * page.height) / page.width);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
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
    // A pencil line 1 mm wide is half a pixel at thumbnail size: lines are drawn at least ~1.5 px
    // wide so the drawing can be recognised; the stored strokes are not changed.
    const minWidth = (1.5 * ratio) / scale;
    for (const stroke of stateAt(drawing.events, drawingDuration(drawing)).strokes) {
      paintStroke(inkCtx, stroke.width >= minWidth ? stroke : { ...stroke, width: minWidth });
    }
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(ink, 0, 0);
    ink.width = 0;
  }, [drawing, width, height, page.width]);

  return <canvas ref={ref} className="drawing-thumb" style={{ width, height }} role="img" aria-label={label} data-testid="drawing-thumbnail" />;
}
