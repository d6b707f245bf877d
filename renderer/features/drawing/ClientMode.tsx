import { useCallback, useEffect, useState } from 'react';
import type { TypedEvent } from '../../../assessments/drawing/typed';
import type { Page } from '../../../assessments/drawing/page';
import type { Language } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useVault } from '../vault/VaultContext';
import { ClientLanguage, useClientT } from './clientLanguage';
import { StaffExit } from './client/StaffExit';
import { FinishDialog } from './client/FinishDialog';
import { useLockdown } from './client/useLockdown';
import { DrawingCanvas } from './DrawingCanvas';
import type { DrawingInfo } from './storage/drawingsApi';
import { DrawingSync, type SyncStatus } from './storage/drawingSync';
import { storeFinishedThumbnail } from './thumbnail/storeThumbnail';
import { ToolIcon } from './ToolIcon';
import { Toolbar } from './Toolbar';
import { DrawingClock } from './tools/drawingClock';
import { DrawingEditor } from './tools/drawingEditor';
import type { Toolkit } from './tools/toolkit';
import './drawing.css';

/** Everything client mode needs; the caller (Drawings area, later an assessment) decides it. */
export interface ClientModeSetup {
  drawingId: string;
  page: Page;
  toolkit: Toolkit;
  /** The task, already in the client's language; null when there is none to show. */
  instruction: string | null;
  clientLanguage: Language;
  /** A resumed drawing: its events so far, how many of them the database holds, and where its clock continues. */
  resumed?: { events: readonly TypedEvent[]; storedEvents: number; resumeAtT: number };
}

export type ClientModeOutcome = {
  drawingId: string;
  /** The stored drawing's record when the client pressed "Finished" and it was stored. */
  finishedInfo: DrawingInfo | null;
};

type Props = { setup: ClientModeSetup; onExit: (outcome: ClientModeOutcome) => void };

/**
 * Client mode: the whole screen is the client's page, in the client's language, with only the
 * allowed tools. Strokes are saved as they are drawn; nothing about saving is shown unless it
 * fails. The elapsed time is recorded, never shown. Leaving takes the psychologist's password.
 */
export function ClientMode({ setup, onExit }: Props) {
  return (
    <ClientLanguage language={setup.clientLanguage}>
      <ClientModeScreen setup={setup} onExit={onExit} />
    </ClientLanguage>
  );
}

function ClientModeScreen({ setup, onExit }: Props) {
  const { t, language } = useClientT();
  const { refresh } = useVault();
  const [editor] = useState(
    () => new DrawingEditor({ page: setup.page, toolkit: setup.toolkit, events: setup.resumed?.events ?? [] }),
  );
  const [clock] = useState(() => new DrawingClock(() => performance.now(), setup.resumed?.resumeAtT ?? 0));
  const [status, setStatus] = useState<SyncStatus>('saving');
  const [finishedInfo, setFinishedInfo] = useState<DrawingInfo | null>(null);
  const [sync] = useState(
    () =>
      new DrawingSync(
        editor,
        setup.drawingId,
        clock,
        {
          append: (input) => call('drawings:append', input),
          finish: async (input) => {
            const result = await call('drawings:finish', input);
            if (result.ok) {
              setFinishedInfo(result.value);
              // The thumbnail lists show, made now while the strokes are in memory (issue 18 §4).
              void storeFinishedThumbnail(setup.drawingId, { page: setup.page, events: editor.events });
            }
            return result;
          },
        },
        setStatus,
        setup.resumed?.storedEvents ?? 0,
      ),
  );
  const [showInstruction, setShowInstruction] = useState(true);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const [finished, setFinished] = useState(false);

  useEffect(() => {
    sync.start();
    return () => sync.stop();
  }, [sync]);

  // Ctrl+L: save what is drawn, then lock (locking ends client mode in the backend).
  const lockNow = useCallback(() => {
    void sync.flush().then(async () => {
      const result = await call('auth:lock', {});
      if (result.ok || result.error.code === 'UNAUTHENTICATED') await refresh();
    });
  }, [sync, refresh]);
  useLockdown(true, lockNow);

  const finish = async () => {
    setConfirmFinish(false);
    setFinished(true);
    await sync.finish();
  };

  return (
    <div className="client-mode" lang={language} data-testid="client-mode">
      <header className="client-mode__bar">
        {finished ? (
          <div className="client-mode__task" />
        ) : (
          <div className="client-mode__task">
            {setup.instruction ? (
              <Button
                variant="quiet"
                className="button--small"
                aria-expanded={showInstruction}
                aria-controls="client-instruction"
                onPress={() => setShowInstruction((shown) => !shown)}
              >
                <ToolIcon name={showInstruction ? 'hide' : 'show'} />
                {showInstruction ? t('drawing.client.hideTask') : t('drawing.client.showTask')}
              </Button>
            ) : null}
            {setup.instruction && showInstruction ? (
              <p id="client-instruction" className="client-mode__instruction">
                {setup.instruction}
              </p>
            ) : null}
          </div>
        )}
        {!finished ? (
          <Button variant="primary" className="client-mode__finish" onPress={() => setConfirmFinish(true)}>
            <ToolIcon name="done" />
            {t('drawing.client.finished')}
          </Button>
        ) : null}
        <StaffExit
          beforeExit={() => sync.flush()}
          onExited={() => {
            sync.stop();
            onExit({ drawingId: setup.drawingId, finishedInfo });
          }}
        />
      </header>

      {finished ? (
        <main className="client-mode__done">
          <h1 className="client-mode__done-title">{t('drawing.client.thanks')}</h1>
          <p>{t('drawing.client.callSpecialist')}</p>
        </main>
      ) : (
        <>
          <Toolbar editor={editor} clock={clock} />
          <main className="client-mode__stage">
            <DrawingCanvas editor={editor} clock={clock} label={t('drawing.canvas.label')} />
          </main>
        </>
      )}

      {status === 'failing' ? (
        <div className="notice notice--info client-mode__notice" role="status">
          <Icon name="info" className="notice__icon" />
          <div className="notice__body">
            <p>{t('drawing.client.saveProblem')}</p>
          </div>
        </div>
      ) : null}

      <FinishDialog isOpen={confirmFinish} onCancel={() => setConfirmFinish(false)} onConfirm={() => void finish()} />
    </div>
  );
}
