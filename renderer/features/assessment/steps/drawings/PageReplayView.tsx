import { useTranslation } from 'react-i18next';
import { Button } from '../../../../components/Button';
import { AnnotatedReplay } from '../../../drawing/annotations/AnnotatedReplay';
import { PaperDrawingView } from '../../../drawing/paper/PaperDrawingView';
import type { LoadedPage } from '../../usePageDrawings';

type Props = { pageTitle: string | null; shown: LoadedPage | undefined; onBack(): void };

/** One page's finished drawing: its replay with annotations, or the scan of a paper drawing. */
export function PageReplayView({ pageTitle, shown, onBack }: Props) {
  const { t } = useTranslation();
  return (
    <div className="workflow-subview">
      <Button variant="quiet" onPress={onBack}>
        {t('assessment.drawings.backToPages')}
      </Button>
      <h3 className="workflow-subview__title">{pageTitle}</h3>
      {shown ? (
        shown.image ? (
          <PaperDrawingView drawingId={shown.drawingId} drawing={shown.drawing} image={shown.image} />
        ) : (
          <AnnotatedReplay drawingId={shown.drawingId} drawing={shown.drawing} />
        )
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </div>
  );
}
