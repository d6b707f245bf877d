import { useTranslation } from 'react-i18next';
import { pageSize } from '../../../../assessments/drawing/page';
import { DrawingThumbnail, type ThumbnailSize, thumbnailPixels } from './DrawingThumbnail';
import { useLoadedDrawing } from './drawingCache';
import { useSeen } from '../../../hooks/useSeen';

type Props = { drawingId: string; label: string; size: ThumbnailSize; testId?: string };

/** Before the drawing is loaded its orientation is unknown: the placeholder is a portrait page, the usual one. */
const PLACEHOLDER_PAGE = pageSize({ orientation: 'portrait' });

/**
 * A stored drawing by id, small: fetched (through the screen's DrawingCacheProvider) only once it
 * is scrolled near, a grey page while it loads or when it cannot be shown.
 */
export function LazyDrawingThumbnail({ drawingId, label, size, testId }: Props) {
  const { t } = useTranslation();
  const [placeholder, seen] = useSeen<HTMLSpanElement>();
  const state = useLoadedDrawing(drawingId, seen);
  if (state.status === 'ready')
    return <DrawingThumbnail drawing={state.value.drawing} image={state.value.image} label={label} size={size} testId={testId} />;
  return (
    <span
      ref={placeholder}
      className="drawing-thumbnail drawing-thumbnail--empty"
      style={thumbnailPixels(PLACEHOLDER_PAGE, size)}
      role="img"
      aria-busy={state.status === 'loading'}
      aria-label={state.status === 'loading' ? t('common.loading') : t('drawing.thumbnail.unavailable', { page: label })}
    />
  );
}
