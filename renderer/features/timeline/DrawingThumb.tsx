import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DrawingPicture } from './DrawingPicture';
import { useLoadedDrawing } from './drawingCache';

/** Page units to CSS pixels for thumbnails: an A4 portrait page is 66 × 93 px. */
export const THUMB_SCALE = 66 / 2100;

/** A drawing of the timeline, small; a grey page while it loads or when it cannot be shown. */
export function DrawingThumb({ drawingId, label }: { drawingId: string; label: string }) {
  const { t } = useTranslation();
  const [placeholder, seen] = useSeen<HTMLSpanElement>();
  const state = useLoadedDrawing(drawingId, seen);
  if (state.status === 'ready') return <DrawingPicture loaded={state.value} scale={THUMB_SCALE} label={label} testId="timeline-thumbnail" />;
  return (
    <span
      ref={placeholder}
      className="timeline-picture timeline-picture--empty"
      role="img"
      aria-label={state.status === 'loading' ? t('common.loading') : t('timeline.drawingUnavailable', { page: label })}
    />
  );
}

/**
 * Whether the element has come near the screen. A client with years of drawings has hundreds of
 * thumbnails, and each drawings:get decodes strokes and writes an audit row: fetch only those a
 * person scrolls to.
 */
function useSeen<E extends Element>(): [(element: E | null) => void, boolean] {
  const [seen, setSeen] = useState(false);
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback((element: E | null) => {
    observer.current?.disconnect();
    if (!element) return;
    observer.current = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.current?.disconnect();
        }
      },
      { rootMargin: '400px' },
    );
    observer.current.observe(element);
  }, []);
  return [ref, seen];
}
