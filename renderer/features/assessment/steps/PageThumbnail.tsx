import { useTranslation } from 'react-i18next';
import { DrawingThumbnail } from '../../drawing/thumbnail/DrawingThumbnail';
import type { LoadedPage } from '../usePageDrawings';

/** A protocol page's drawing as a thumbnail, named after the page for screen readers and tests. */
export function PageThumbnail({ shown, title, width }: { shown: LoadedPage; title: string; width: number }) {
  const { t } = useTranslation();
  return (
    <DrawingThumbnail
      drawing={shown.drawing}
      image={shown.image}
      size={{ width }}
      label={t('assessment.drawings.thumbnail', { page: title })}
      testId="page-thumbnail"
    />
  );
}
