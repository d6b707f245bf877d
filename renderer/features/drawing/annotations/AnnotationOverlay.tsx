import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageSize } from '../../../../assessments/drawing/page';
import { pagePointOf } from './pagePoint';
import type { Annotation, AnnotationKind } from './useAnnotations';

type Props = {
  page: PageSize;
  items: Annotation[];
  visible: boolean;
  /** The kind being placed, or null when a click on the page does nothing. */
  placing: AnnotationKind | null;
  onPlace: (x: number, y: number) => void;
};

/**
 * Markers above the strokes (a DOM layer over the Konva stage, so the client's ink is never
 * touched). Numbers match the list beside the page, which is the accessible way to the marks.
 */
export function AnnotationOverlay({ page, items, visible, placing, onPlace }: Props) {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!placing) return;
    const { x, y } = pagePointOf(event, event.currentTarget.getBoundingClientRect(), page);
    onPlace(x, y);
  };
  return (
    <div
      className={placing ? 'annotation-layer annotation-layer--placing' : 'annotation-layer'}
      onClick={onClick}
      data-testid="annotation-layer"
      title={placing ? t('drawing.annotations.placeHint') : undefined}
    >
      {visible
        ? items.map((a, i) => (
            <span
              key={a.id}
              className={`annotation-marker annotation-marker--${a.kind}`}
              style={{ left: `${(a.x / page.width) * 100}%`, top: `${(a.y / page.height) * 100}%` }}
              aria-hidden="true"
              data-testid="annotation-marker"
            >
              {i + 1}
            </span>
          ))
        : null}
    </div>
  );
}
