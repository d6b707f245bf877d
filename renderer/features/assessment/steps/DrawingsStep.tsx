import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Orientation } from '../../../../assessments/drawing/page';
import type { Instrument, Page as InstrumentPage } from '../../../../assessments/instruments';
import type { AssessmentPage } from '../../../../electron/contract/assessmentChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { FormError } from '../../../components/FormError';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { useDrawingAreaContext } from '../../drawing/useDrawingArea';
import { say } from '../../instruments/localized';
import type { LoadedPage } from '../usePageDrawings';
import { PageCard } from './drawings/PageCard';
import { PageReplayView } from './drawings/PageReplayView';
import { PaperAttachView } from './drawings/PaperAttachView';
import { RedrawDialog } from './drawings/RedrawDialog';
import { handOverPage, resumePage } from './handOver';
import '../../drawing/replay.css';

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
 * scan attached instead), finished pages as thumbnails with their replay. The administration
 * instructions stand above the pages (issue 13 §6). Three views: the page
 * cards, one page's replay, and attaching a paper scan.
 */
export function DrawingsStep({
  assessmentId,
  def,
  pages,
  loaded,
  clientLanguage,
  onClientLanguage,
  flush,
  onChanged,
  onLeaveForClient,
}: Props) {
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
    const attach = (drawingId: string) =>
      void call('assessments:attachPaper', { id: assessmentId, pageId: view.pageId, drawingId }).then(async (result) => {
        if (!result.ok) return setError(result.error);
        setError(null);
        await onChanged();
        setView({ kind: 'pages' });
      });
    return (
      <PaperAttachView
        pageTitle={page ? pageTitle(page) : null}
        error={error}
        onCancel={() => setView({ kind: 'pages' })}
        onImported={attach}
      />
    );
  }

  if (view.kind === 'replay') {
    const page = def.pages.find((p) => p.id === view.pageId);
    return (
      <PageReplayView
        pageTitle={page ? pageTitle(page) : null}
        shown={loaded[view.pageId]}
        onBack={() => setView({ kind: 'pages' })}
      />
    );
  }

  return (
    <div className="drawings-step">
      <p className="lead">{t('assessment.drawings.intro')}</p>
      {/* Issue 13 §6: the administration instructions, for the psychologist, in their own language. */}
      <section className="panel administration" aria-labelledby="drawings-administration">
        <h2 id="drawings-administration" className="administration__title">
          {t('instruments.caveats.administration')}
        </h2>
        <p lang={ui}>{say(def.instructions, ui)}</p>
      </section>
      <LanguageChoice
        value={clientLanguage}
        onChange={onClientLanguage}
        size="compact"
        label={t('assessment.drawings.clientLanguage')}
      />
      <p className="field__description">
        {t('assessment.drawings.clientLanguageHelp', { language: t(`languages.${clientLanguage}`) })}
      </p>
      <FormError error={error} />
      <ul className="page-cards">
        {def.pages.map((page) => {
          const current = pages.find((p) => p.pageId === page.id);
          return (
            <PageCard
              key={page.id}
              page={page}
              title={pageTitle(page)}
              current={current}
              shown={loaded[page.id]}
              orientation={orientations[page.id] ?? 'portrait'}
              busy={busy}
              onOrientation={(o) => setOrientations((all) => ({ ...all, [page.id]: o }))}
              onHandOver={() => void handOver(page, current)}
              onPaper={() => setView({ kind: 'paper', pageId: page.id })}
              onRedraw={() => {
                // The new drawing keeps the page's orientation unless the psychologist changes nothing else.
                const drawing = current?.drawing;
                if (drawing) setOrientations((o) => ({ ...o, [page.id]: drawing.orientation }));
                setRedraw(page);
              }}
              onReplay={() => setView({ kind: 'replay', pageId: page.id })}
            />
          );
        })}
      </ul>
      <RedrawDialog
        isOpen={redraw !== null}
        onConfirm={() => redraw && void handOver(redraw, undefined)}
        onCancel={() => setRedraw(null)}
      />
    </div>
  );
}
