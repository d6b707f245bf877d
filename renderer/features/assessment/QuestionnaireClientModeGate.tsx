import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnswerValue, type FormState, definitionForSex, getInstrument } from '../../../assessments/instruments';
import type { ClientView } from '../../../electron/contract/assessmentChannels';
import { call } from '../../api';
import { StaffExit } from '../drawing/client/StaffExit';
import { useLockdown } from '../drawing/client/useLockdown';
import { QuestionnaireClientMode } from '../instruments/QuestionnaireClientMode';
import { useVault } from '../vault/VaultContext';
import { changedAnswers, formOfClientView, toClientValue } from './model/clientAnswers';
import '../drawing/drawing.css';
import './assessment.css';

/**
 * The whole screen while the backend is in questionnaire client mode, also after a reload: the
 * questionnaire one question at a time in the client's language, each answer saved at once
 * through the client-mode channels (the only ones the backend answers now). "Finished" is
 * recorded; leaving takes the psychologist's password, as in drawing client mode.
 */
export function QuestionnaireClientModeGate({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { refresh } = useVault();
  const [view, setView] = useState<ClientView | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [failed, setFailed] = useState(false);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void call('assessments:clientView', { id: assessmentId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setFailed(true);
      setView(result.value);
      setForm(formOfClientView(result.value));
    });
    return () => {
      live = false;
    };
  }, [assessmentId]);

  const lockNow = useCallback(() => {
    void saving.current.then(async () => {
      const result = await call('auth:lock', {});
      if (result.ok || result.error.code === 'UNAUTHENTICATED') await refresh();
    });
  }, [refresh]);
  useLockdown(true, lockNow);

  // Each answer goes to the backend in order; a failure is said to the client in their language.
  const send = (itemId: string, value: AnswerValue) => {
    saving.current = saving.current.then(async () => {
      const result = await call('assessments:clientAnswer', { id: assessmentId, itemId, value: toClientValue(value) });
      setFailed(!result.ok);
    });
  };

  // Gendered Russian questions in the form matching the client's recorded sex (issue 13 §8).
  const catalogued = view ? getInstrument(view.instrumentId) : undefined;
  const def = catalogued && view ? definitionForSex(catalogued, view.clientSex) : undefined;
  return (
    <div className="client-mode client-mode--questionnaire" data-testid="client-mode" lang={view?.language}>
      <header className="client-mode__bar">
        <div className="client-mode__task" />
        <StaffExit beforeExit={() => saving.current} onExited={() => void refresh()} />
      </header>
      <main className="client-mode__questionnaire" aria-busy={!view}>
        {view && def && form ? (
          <QuestionnaireClientMode
            definition={def}
            language={view.language}
            value={form}
            onChange={(next) => {
              for (const [itemId, value] of changedAnswers(form, next)) send(itemId, value);
              setForm(next);
            }}
            onFinish={() => {
              saving.current = saving.current.then(() => call('assessments:clientFinish', { id: assessmentId }));
            }}
          />
        ) : null}
        {failed ? (
          <p className="notice notice--info client-mode__notice" role="status" lang={view?.language}>
            {t('drawing.client.saveProblem', { lng: view?.language })}
          </p>
        ) : null}
      </main>
    </div>
  );
}
