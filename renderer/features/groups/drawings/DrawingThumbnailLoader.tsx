import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drawing } from '../../../../assessments/drawing/model';
import type { AppError } from '../../../api';
import { loadDrawing } from '../../drawing/storage/drawingsApi';
import { DrawingThumbnail } from './DrawingThumbnail';

/** Loads one stored drawing (drawings:get, audited as a view) and shows it small. */
export function DrawingThumbnailLoader({ id, label, width }: { id: string; label: string; width?: number }) {
  const { t } = useTranslation();
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadDrawing(id).then((result) => {
      if (cancelled) return;
      if (result.ok) setDrawing(result.value.drawing);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [id]);
  if (error) return <span className="drawing-thumb drawing-thumb--missing">{t(`errors.${error.code}`)}</span>;
  if (!drawing) return <span className="drawing-thumb drawing-thumb--loading" aria-busy="true" />;
  return <DrawingThumbnail drawing={drawing} label={label} width={width} />;
}
