import { useEffect, useMemo, useRef } from 'react';
import { visibleStrokes } from '../../../assessments/drawing';
import type { Stroke } from '../../../assessments/drawing/model';
import { pageSize } from '../../../assessments/drawing/page';
import { paintStroke } from '../drawing/render/strokePainter';
import { fromBase64 } from '../drawing/storage/base64';
import type { LoadedDrawing } from './drawingCache';

type Props = {
  loaded: LoadedDrawing;
  /** CSS pixels per page unit: two pictures with the same scale show their pages at the same size. */
  scale: number;
  label: string;
  testId?: string;
};

/**
 * A finished drawing, still: the strokes left on the page painted by the drawing feature's own
 * painter (strokePainter), or a paper drawing's picture. Ink goes on its own surface first so the
 * eraser removes ink and never the white paper (as renderExport does).
 */
export function DrawingPicture({ loaded, scale, label, testId }: Props) {
  const page = pageSize(loaded.drawing.page);
  const width = Math.max(1, Math.round(page.width * scale));
  const height = Math.max(1, Math.round(page.height * scale));
  if (loaded.image) return <PaperPicture loaded={loaded} width={width} height={height} label={label} testId={testId} />;
  return <InkPicture loaded={loaded} width={width} height={height} label={label} testId={testId} />;
}

/** Thinnest line on a small picture, in device pixels. */
const MIN_LINE_PX = 1.5;

/** The stroke at least `width` page units wide; erasers too, so they still cover the lines they erased. */
function atLeast(stroke: Stroke, width: number): Stroke {
  return stroke.width >= width ? stroke : { ...stroke, width };
}

type SizedProps = { loaded: LoadedDrawing; width: number; height: number; label: string; testId?: string };

function InkPicture({ loaded, width, height, label, testId }: SizedProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { drawing } = loaded;
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const scale = canvas.width / pageSize(drawing.page).width;
    const ink = document.createElement('canvas');
    ink.width = canvas.width;
    ink.height = canvas.height;
    const inkCtx = ink.getContext('2d');
    if (!inkCtx) return;
    inkCtx.setTransform(scale, 0, 0, scale, 0, 0);
    // A 0.4 mm pencil line is a tenth of a pixel on a thumbnail: thicken lines to stay visible.
    const minWidth = MIN_LINE_PX / scale;
    for (const stroke of visibleStrokes(drawing.events)) paintStroke(inkCtx, atLeast(stroke, minWidth));
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(ink, 0, 0);
    ink.width = 0;
  }, [drawing, width, height]);
  return <canvas ref={ref} className="timeline-picture" style={{ width, height }} role="img" aria-label={label} data-testid={testId} />;
}

function PaperPicture({ loaded, width, height, label, testId }: SizedProps) {
  const image = loaded.image!;
  const url = useMemo(() => URL.createObjectURL(new Blob([fromBase64(image.data) as Uint8Array<ArrayBuffer>], { type: image.mime })), [image]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <img className="timeline-picture" src={url} width={width} height={height} alt={label} data-testid={testId} />;
}
