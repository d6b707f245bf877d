import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Orientation } from '../../../../assessments/drawing/page';
import type { Instrument, Page as InstrumentPage } from '../../../../assessments/instruments';
import type { AssessmentPage } from '../../../../electron/contract/assessmentChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { AnnotatedReplay } from '../../drawing/annotations/AnnotatedReplay';
import { PaperDrawingView } from '../../drawing/paper/PaperDrawingView';
import { PaperImportForm } from '../../drawing/paper/PaperImportForm';
import { useDrawingAreaContext } from '../../drawing/useDrawingArea';
import { say } from '../../instruments/localized';
import { DrawingThumbnail } from '../../drawing/thumbnail/DrawingThumbnail';
import type { LoadedPage } from '../usePageDrawings';
import { handOverPage, resumePage } from './handOver';
import '../../drawing/replay.css';
import { OrientationChoice } from '../../drawing/OrientationChoice';

type Props = {
  assessmentId: string;
  def: Instrument;
  pages: readonly AssessmentPage[];
  loaded: Readonly<Record<string, LoadedPage>>;
  clientLanguage: Language;
  onClientLanguage(language: Language): void;
  /** Saves the draft before the screen goes to the client. */
  flush(): Promise<boolean>;
  /** The assessment changed in the backend (a scan attached). */
  onChanged(): Promise<void>;
  /** Remembers this step for the return from client mode. */
  onLeaveForClient(pageId: string): void;
};

type View = { kind: 'pages' } | { kind: 'replay'; pageId: string } | { kind: 'paper'; pageId: string };

/**
 * Step 1 of a drawing protocol: each page handed over to the client in client mode (or a paper
 * scan attached instead), finished pages as thumbnails with their replay.
 */
export function DrawingsStep({ assessmentId, def, pages, loaded, clientLanguage, onClientLanguage, flush, onChanged, onLeaveForClient }: Props) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language as Language;
  const area = useDrawingAreaContext();
  const [view, setView] = useState<View>({ kind: 'pages' });
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [orientations, setOrientations] = useState<Record<string, Orientation>>({});
  /** The page whose finished drawing the psychologist asked to replace, awaiting confirmation. */
  const [redraw, setRedraw] = useState<InstrumentPage | null>(null);

  const pageTitle = (page: InstrumentPage) => say(page.title, ui);

  const handOver = async (page: InstrumentPage, current: AssessmentPage | undefined) => {
    setRedraw(null);
    setBusy(page.id);
    setError(null);
    await flush();
    onLeaveForClient(page.id);
    // The screen unmounts while the client draws; the workflow reloads from the backend on return.
    const noop = () => undefined;
    const refused =
      current?.drawing?.status === 'in-progress'
        ? await resumePage(area, current.drawing.id, clientLanguage, noop)
        : await handOverPage(area, assessmentId, page, orientations[page.id] ?? 'portrait', clientLanguage, noop);
    if (refused) {
      setError(refused);
      setBusy(null);
    }
  };

  if (view.kind === 'paper') {
    const page = def.pages.find((p) => p.id === view.pageId);
    return (
      <div className="workflow-subview">
        <p className="lead">{page ? t('assessment.drawings.paperFor', { page: pageTitle(page) }) : null}</p>
        <FormError error={error} />
        <PaperImportForm
          onCancel={() => setView({ kind: 'pages' })}
          onImported={(drawingId) =>
            void call('assessments:attachPaper', { id: assessmentId, pageId: view.pageId, drawingId }).then(async (result) => {
              if (!result.ok) return setError(result.error);
              setError(null);
              await onChanged();
              setView({ kind: 'pages' });
            })
          }
        />
      </div>
    );
  }

  if (view.kind === 'replay') {
    const page = def.pages.find((p) => p.id === view.pageId);
    const shown = loaded[view.pageId];
    return (
      <div className="workflow-subview">
        <Button variant="quiet" onPress={() => setView({ kind: 'pages' })}>
          {t('assessment.drawings.backToPages')}
        </Button>
        <h3 className="workflow-subview__title">{page ? pageTitle(page) : null}</h3>
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

  return (
    <div className="drawings-step">
      <p className="lead">{t('assessment.drawings.intro')}</p>
      <LanguageChoice value={clientLanguage} onChange={onClientLanguage} size="compact" label={t('assessment.drawings.clientLanguage')} />
      <p className="field__description">{t('assessment.drawings.clientLanguageHelp', { language: t(`languages.${clientLanguage}`) })}</p>
      <FormError error={error} />
      <ul className="page-cards">
        {def.pages.map((page) => {
          const current = pages.find((p) => p.pageId === page.id);
          const drawing = current?.drawing ?? null;
          const shown = loaded[page.id];
          const state = !drawing ? 'none' : drawing.status === 'in-progress' ? 'unfinished' : drawing.medium === 'paper' ? 'paper' : 'finished';
          const headingId = `page-card-${page.id}`;
          return (
            <li key={page.id} className={`page-card page-card--${state}`} aria-labelledby={headingId} data-page-id={page.id}>
              <h3 id={headingId} className="page-card__title">
                {pageTitle(page)}
                {page.optional ? <span className="page-card__tag">{t('assessment.drawings.optional')}</span> : null}
              </h3>
              <div className="page-card__picture">
                {shown ? (
                  <DrawingThumbnail
                    drawing={shown.drawing}
                    image={shown.image}
                    size={{ width: 180 }}
                    label={t('assessment.drawings.thumbnail', { page: pageTitle(page) })}
                    testId="page-thumbnail"
                  />
                ) : (
                  <span className="page-card__empty" aria-hidden="true">
                    {state === 'finished' || state === 'paper' ? t('common.loading') : t(`assessment.drawings.state.${state}`)}
                  </span>
                )}
              </div>
              <p className="page-card__state">{t(`assessment.drawings.state.${state}`)}</p>
              {!drawing && page.orientation === 'either' ? (
                <OrientationChoice value={orientations[page.id] ?? 'portrait'} onChange={(o) => setOrientations((all) => ({ ...all, [page.id]: o }))} />
              ) : null}
              <div className="page-card__actions">
                {state === 'none' || state === 'unfinished' ? (
                  <Button variant="primary" isPending={busy === page.id} isDisabled={busy !== null} onPress={() => void handOver(page, current)}>
                    {t(state === 'none' ? 'assessment.drawings.handOver' : 'assessment.drawings.continue')}
                    <span className="visually-hidden">: {pageTitle(page)}</span>
                  </Button>
                ) : null}
                {state === 'none' ? (
                  <Button isDisabled={busy !== null} onPress={() => setView({ kind: 'paper', pageId: page.id })}>
                    {t('assessment.drawings.paper')}
                    <span className="visually-hidden">: {pageTitle(page)}</span>
                  </Button>
                ) : null}
                {state === 'finished' || state === 'paper' ? (
                  <Button
                    isDisabled={busy !== null}
                    onPress={() => {
                      // The new drawing keeps the page's orientation unless the psychologist changes nothing else.
                      if (drawing) setOrientations((o) => ({ ...o, [page.id]: drawing.orientation }));
                      setRedraw(page);
                    }}
                  >
                    {t('assessment.drawings.again')}
                    <span className="visually-hidden">: {pageTitle(page)}</span>
                  </Button>
                ) : null}
                {shown ? (
                  <Button onPress={() => setView({ kind: 'replay', pageId: page.id })}>
                    {t(state === 'paper' ? 'assessment.drawings.view' : 'assessment.drawings.replay')}
                    <span className="visually-hidden">: {pageTitle(page)}</span>
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <Dialog
        isOpen={redraw !== null}
        onOpenChange={(open) => !open && setRedraw(null)}
        title={t('assessment.drawings.againTitle')}
        role="alertdialog"
      >
        <p>{t('assessment.drawings.againExplain')}</p>
        <div className="form__actions">
          {/* A new drawing, not a resumption: the replaced one stays linked in replacedDrawingIds. */}
          <Button variant="primary" onPress={() => redraw && void handOver(redraw, undefined)}>
            {t('assessment.drawings.againConfirm')}
          </Button>
          <Button variant="quiet" onPress={() => setRedraw(null)} autoFocus>
            {t('assessment.drawings.againCancel')}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
