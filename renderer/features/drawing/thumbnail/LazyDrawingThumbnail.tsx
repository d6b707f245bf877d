import { useTranslation } from 'react-i18next';
import { pageSize } from '../../../../assessments/drawing/page';
import { type ThumbnailSize, thumbnailPixels } from './DrawingThumbnail';
import { useThumbnail } from './drawingCache';
import { useSeen } from '../../../hooks/useSeen';
import './thumbnail.css';

type Props = { drawingId: string; label: string; size: ThumbnailSize; testId?: string };

/** Before the thumbnail comes its orientation is unknown: the placeholder is a portrait page, the usual one. */
const PLACEHOLDER_PAGE = pageSize({ orientation: 'portrait' });

/**
 * A stored drawing by id, small: its stored thumbnail (a small PNG, contract/thumbnailChannels.ts),
 * asked for only once it is scrolled near, together with the others that appear with it (one call,
 * one audit row, through the screen's DrawingCacheProvider); a grey page while it loads or when it
 * cannot be shown.
 */
export function LazyDrawingThumbnail({ drawingId, label, size, testId }: Props) {
  const { t } = useTranslation();
  const [placeholder, seen] = useSeen<HTMLSpanElement>();
  const state = useThumbnail(drawingId, seen);
  if (state.status === 'ready') {
    const { width, height } = thumbnailPixels(pageSize({ orientation: state.value.orientation }), size);
    return (
      <img className="drawing-thumbnail" src={state.value.url} width={width} height={height} alt={label} data-testid={testId} />
    );
  }
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
