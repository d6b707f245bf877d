import { useCallback, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { ClientMood } from '../../../../electron/contract/groupChannels';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { useClientT } from '../../drawing/clientLanguage';
import { StaffExit } from '../../drawing/client/StaffExit';
import { useLockdown } from '../../drawing/client/useLockdown';
import { useVault } from '../../vault/VaultContext';
import '../../drawing/drawing.css';

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The member's own screen: two 0–10 scales, large, in their language; "Save", then thanks. */
export function MoodSelfEntry({ mood, onExited }: { mood: ClientMood; onExited: () => void }) {
  const { t, language } = useClientT();
  const { refresh } = useVault();
  const [before, setBefore] = useState<number | null>(mood.moodBefore);
  const [after, setAfter] = useState<number | null>(mood.moodAfter);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  // Ctrl+L locks (which ends client mode in the backend); reload, close and devtools keys are swallowed.
  const lockNow = useCallback(() => {
    void call('auth:lock', {}).then(() => refresh());
  }, [refresh]);
  useLockdown(true, lockNow);

  const save = async () => {
    setSaving(true);
    setError(null);
    const result = await call('groupSessions:saveClientMood', {
      sessionId: mood.sessionId,
      memberId: mood.memberId,
      moodBefore: before,
      moodAfter: after,
    });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setSaved(true);
  };

  const scale = (label: string, value: number | null, onChange: (v: number) => void) => (
    <RadioGroup
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
      orientation="horizontal"
      className="mood-scale"
    >
      <Label className="mood-scale__label">{label}</Label>
      <div className="mood-scale__options">
        {SCALE.map((n) => (
          <Radio key={n} value={String(n)} className="mood-scale__option">
            {n}
          </Radio>
        ))}
      </div>
      <div className="mood-scale__ends" aria-hidden="true">
        <span>{t('groups.mood.low')}</span>
        <span>{t('groups.mood.high')}</span>
      </div>
    </RadioGroup>
  );

  return (
    <div className="client-mode mood-client" lang={language} data-testid="mood-client-mode">
      <header className="client-mode__bar">
        <div className="client-mode__task">
          <p className="client-mode__instruction">{t('groups.mood.greeting', { alias: mood.alias })}</p>
        </div>
        <StaffExit onExited={onExited} />
      </header>
      {saved ? (
        <main className="client-mode__done">
          <h1 className="client-mode__done-title">{t('drawing.client.thanks')}</h1>
          <p>{t('groups.mood.callFacilitator')}</p>
        </main>
      ) : (
        <main className="mood-client__main">
          <h1 className="mood-client__title">{t('groups.mood.question')}</h1>
          {scale(t('groups.mood.before'), before, setBefore)}
          {scale(t('groups.mood.after'), after, setAfter)}
          {error ? (
            <p className="notice notice--info" role="alert">
              {t('groups.mood.saveProblem')}
            </p>
          ) : null}
          <Button
            variant="primary"
            className="mood-client__save"
            isPending={saving}
            isDisabled={before === null && after === null}
            onPress={() => void save()}
          >
            {t('groups.mood.save')}
          </Button>
        </main>
      )}
    </div>
  );
}
