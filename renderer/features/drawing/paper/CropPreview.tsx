import { type KeyboardEvent, type PointerEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Crop, type LoadedPicture, type Rotation, adjustCrop, drawRotated, rotatedSize } from './paperImage';

const BOX = { width: 560, height: 560 };

type Props = {
  picture: LoadedPicture;
  rotation: Rotation;
  crop: Crop;
  onCrop: (crop: Crop) => void;
};

/**
 * The rotated picture with the page-shaped crop frame: drag the frame to move it; with the
 * keyboard, arrows move it and + / − make it larger or smaller (the help text says so).
 */
export function CropPreview({ picture, rotation, crop, onCrop }: Props) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dragRef = useRef<{ x: number; y: number } | null>(null);
  const size = rotatedSize(picture.bitmap, rotation);
  const scale = Math.min(BOX.width / size.width, BOX.height / size.height);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    drawRotated(ctx, picture.bitmap, rotation);
    // Dim what is cut away, then outline the page.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = 'rgb(0 0 0 / 45%)';
    ctx.beginPath();
    ctx.rect(0, 0, canvas.width, canvas.height);
    ctx.rect(crop.x * scale, crop.y * scale, crop.width * scale, crop.height * scale);
    ctx.fill('evenodd');
    ctx.lineWidth = 3;
    ctx.strokeStyle = '#ffd23f';
    ctx.strokeRect(crop.x * scale + 1.5, crop.y * scale + 1.5, crop.width * scale - 3, crop.height * scale - 3);
  }, [picture, rotation, crop, scale, size.width, size.height]);

  const onKey = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const step = Math.max(size.width, size.height) * (event.shiftKey ? 0.1 : 0.02);
    const changes: Record<string, Parameters<typeof adjustCrop>[2]> = {
      ArrowLeft: { dx: -step },
      ArrowRight: { dx: step },
      ArrowUp: { dy: -step },
      ArrowDown: { dy: step },
      '+': { scale: 1.05 },
      '=': { scale: 1.05 },
      '-': { scale: 1 / 1.05 },
    };
    const change = changes[event.key];
    if (!change) return;
    event.preventDefault();
    onCrop(adjustCrop(crop, size, change));
  };
  const onDown = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    dragRef.current = { x: event.clientX, y: event.clientY };
  };
  const onMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const last = dragRef.current;
    if (!last) return;
    dragRef.current = { x: event.clientX, y: event.clientY };
    const k = event.currentTarget.width / Math.max(1, event.currentTarget.getBoundingClientRect().width) / scale;
    onCrop(adjustCrop(crop, size, { dx: (event.clientX - last.x) * k, dy: (event.clientY - last.y) * k }));
  };
  const onUp = () => {
    dragRef.current = null;
  };

  return (
    <div className="crop">
      <canvas
        ref={canvasRef}
        className="crop__canvas"
        tabIndex={0}
        role="img"
        aria-label={t('drawing.paper.cropLabel')}
        aria-describedby="crop-help"
        data-testid="crop-preview"
        onKeyDown={onKey}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={onUp}
      />
      <p id="crop-help" className="crop__help">
        {t('drawing.paper.cropHelp')}
      </p>
    </div>
  );
}
