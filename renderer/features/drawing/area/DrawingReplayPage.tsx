import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import type { Language } from '../../../../electron/contract/schemas';
import type { AppError } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { formatDateTime } from '../../../i18n/format';
import { AnnotatedReplay } from '../annotations/AnnotatedReplay';
import { PaperDrawingView } from '../paper/PaperDrawingView';
import { type DrawingInfo, type PaperImage, loadDrawing } from '../storage/drawingsApi';
import { useDrawingTitle } from './DrawingList';
import '../replay.css';

/** One drawing: its replay and process metrics (opening it is audited as a view by the backend). */
export function DrawingReplayPage({ id, onBack }: { id: string; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const title = useDrawingTitle();
  const [loaded, setLoaded] = useState<{ info: DrawingInfo; drawing: TypedDrawing; image: PaperImage | null } | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let cancelled = false;
    void loadDrawing(id).then((result) => {
      if (cancelled) return;
      if (result.ok) setLoaded(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [id]);

  return (
    <div data-drawing-id={id}>
      <div className="drawings-back">
        <Button variant="quiet" onPress={onBack}>
          {t('drawing.replay.back')}
        </Button>
      </div>
      <PageTitle>
        {loaded
          ? t('drawing.replay.heading', {
              task: title(loaded.info),
              date: formatDateTime(language, new Date(loaded.info.createdAt)),
            })
          : t('drawing.replay.title')}
      </PageTitle>
      <FormError error={error} />
      {loaded ? (
        <>
          {loaded.info.status === 'in-progress' ? <p className="notice notice--info">{t('drawing.replay.unfinished')}</p> : null}
          {loaded.image ? (
            <PaperDrawingView drawingId={id} drawing={loaded.drawing} image={loaded.image} />
          ) : (
            <AnnotatedReplay drawingId={id} drawing={loaded.drawing} />
          )}
        </>
      ) : error ? null : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </div>
  );
}
