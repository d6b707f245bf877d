import { AreaStateContext } from '../shell/areaState';
import { forgetResumeRequest, resumeRequest } from './area/resumeRequest';
import { useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { useSignedIn } from '../vault/VaultContext';
import { DrawingList } from './area/DrawingList';
import { DrawingReplayPage } from './area/DrawingReplayPage';
import { NewDrawingForm } from './area/NewDrawingForm';
import { ResumeDialog } from './area/ResumeDialog';
import { PaperImportForm } from './paper/PaperImportForm';
import { type DrawingInfo, type DrawingListItem, listDrawings } from './storage/drawingsApi';
import { ToolIcon } from './ToolIcon';
import type { DrawingArea } from './useDrawingArea';
import './replay.css';
import './area/area.css';

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'import' } | { kind: 'replay'; id: string };

/**
 * The psychologist's Drawings: the list (unfinished ones marked, with Resume), a new drawing,
 * and the replay of any of them. Starting or resuming hands the screen to the client.
 */
export function DrawingsPage({ area }: { area: DrawingArea }) {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const { focus, clearFocus } = area;
  const [view, setView] = useState<View>(() => (focus ? { kind: 'replay', id: focus } : { kind: 'list' }));
  const [drawings, setDrawings] = useState<DrawingListItem[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [resuming, setResuming] = useState<DrawingInfo | null>(null);
  // Home's "unfinished drawings" opens the Resume dialog of the one chosen, once the list has it.
  const store = useContext(AreaStateContext);

  useEffect(() => {
    if (focus) clearFocus();
  }, [focus, clearFocus]);

  useEffect(() => {
    if (view.kind !== 'list') return;
    let cancelled = false;
    void listDrawings().then((result) => {
      if (cancelled) return;
      if (!result.ok) return setError(result.error);
      setError(null);
      const own = result.value.filter((d) => d.createdBy === account.id);
      setDrawings(own);
      const wanted = resumeRequest(store);
      if (wanted) {
        forgetResumeRequest(store);
        const requested = own.find((d) => d.id === wanted && d.status === 'in-progress');
        if (requested) setResuming(requested);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [view.kind, account.id, store]);

  if (view.kind === 'new') return <NewDrawingForm onStart={area.enterClientMode} onCancel={() => setView({ kind: 'list' })} />;
  if (view.kind === 'import')
    return <PaperImportForm onImported={(id) => setView({ kind: 'replay', id })} onCancel={() => setView({ kind: 'list' })} />;
  if (view.kind === 'replay') return <DrawingReplayPage id={view.id} onBack={() => setView({ kind: 'list' })} />;

  const unfinished = drawings?.filter((d) => d.status === 'in-progress').length ?? 0;
  return (
    <>
      <PageTitle>{t('drawing.list.title')}</PageTitle>
      <p className="lead">{t('drawing.list.intro')}</p>
      <p className="muted">{t('drawing.list.clientHint')}</p>
      <div className="drawings-actions">
        <Button variant="primary" onPress={() => setView({ kind: 'new' })}>
          <ToolIcon name="plus" />
          {t('drawing.list.new')}
        </Button>
        <Button onPress={() => setView({ kind: 'import' })}>{t('drawing.paper.open')}</Button>
      </div>
      <FormError error={error} />
      {unfinished > 0 ? (
        <p className="notice notice--warning" role="status">
          {t('drawing.list.unfinishedNotice', { n: unfinished })}
        </p>
      ) : null}
      {drawings === null && !error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {drawings && drawings.length === 0 ? <p className="muted">{t('drawing.list.empty')}</p> : null}
      {drawings && drawings.length > 0 ? (
        <DrawingList drawings={drawings} onReplay={(id) => setView({ kind: 'replay', id })} onResume={setResuming} />
      ) : null}
      <ResumeDialog drawing={resuming} onClose={() => setResuming(null)} onStart={area.enterClientMode} />
    </>
  );
}
