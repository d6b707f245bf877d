import { useEffect, useRef } from 'react';
import { type PageSize, pageSize } from '../../../../assessments/drawing/page';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import type { PaperImage } from '../../../../electron/contract/drawingChannels';
import { paintFinishedPage } from '../render/finishedPage';
import { fromBase64 } from '../storage/base64';
import './thumbnail.css';

/**
 * How big a picture is: `width` CSS pixels whatever the orientation, or `scale` CSS pixels per page
 * unit, so that two pictures with the same scale show their pages at the same size.
 */
export type ThumbnailSize = { width: number } | { scale: number };

/** The picture's size in CSS pixels. */
export function thumbnailPixels(page: PageSize, size: ThumbnailSize): { width: number; height: number } {
  const scale = 'scale' in size ? size.scale : size.width / page.width;
  return { width: Math.max(1, Math.round(page.width * scale)), height: Math.max(1, Math.round(page.height * scale)) };
}

/** Thinnest line on a picture, in device pixels. */
const MIN_LINE_PX = 1.5;

type Props = {
  drawing: TypedDrawing;
  /** The picture of a paper drawing; then `drawing` has no strokes. */
  image: PaperImage | null;
  label: string;
  size: ThumbnailSize;
  testId?: string;
};

/**
 * A stored drawing, still and small: the strokes left on the page painted by the drawing feature's
 * own painter (finishedPage), or a paper drawing's picture, from a drawing already opened: the
 * assessment pages (which open their drawings for replay and scoring anyway) and the timeline's
 * comparison. Lists of drawings by id use LazyDrawingThumbnail, which reads stored thumbnails.
 */
export function DrawingThumbnail({ drawing, image, label, size, testId }: Props) {
  const { width, height } = thumbnailPixels(pageSize(drawing.page), size);
  if (image) return <PaperPicture image={image} width={width} height={height} label={label} testId={testId} />;
  return <InkPicture drawing={drawing} width={width} height={height} label={label} testId={testId} />;
}

type Sized = { width: number; height: number; label: string; testId?: string };

function InkPicture({ drawing, width, height, label, testId }: Sized & { drawing: TypedDrawing }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    paintFinishedPage(ctx, drawing, { minLinePx: MIN_LINE_PX });
  }, [drawing, width, height]);
  return (
    <canvas
      ref={ref}
      className="drawing-thumbnail"
      style={{ width, height }}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}

function PaperPicture({ image, width, height, label, testId }: Sized & { image: PaperImage }) {
  const ref = useRef<HTMLImageElement>(null);
  // A blob: URL (allowed by the CSP's img-src) rather than a data: URL of a megabyte in the DOM;
  // made and revoked by the same effect, so a remount never shows a revoked URL.
  useEffect(() => {
    const img = ref.current;
    if (!img) return;
    const url = URL.createObjectURL(new Blob([fromBase64(image.data) as Uint8Array<ArrayBuffer>], { type: image.mime }));
    img.src = url;
    return () => URL.revokeObjectURL(url);
  }, [image]);
  return <img ref={ref} className="drawing-thumbnail" width={width} height={height} alt={label} data-testid={testId} />;
}
