import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { PasswordConfirmDialog } from '../vault/PasswordConfirmDialog';
import { StepConfirmKey } from '../vault/StepConfirmKey';
import { StepRecoveryKey } from '../vault/StepRecoveryKey';
import { useSignedIn } from '../vault/VaultContext';

type Stage = { step: 'password' } | { step: 'show'; key: string } | { step: 'confirm'; key: string } | { step: 'done' };

/**
 * A new recovery key (issue 16, section 3), in the set-up's own steps: the admin's password, the key shown once
 * (print it), two groups typed back. Only the last step changes the key file; until then the old key still works,
 * and leaving half way changes nothing (keys:cancel forgets the prepared key).
 */
export function RecoveryKeyRenewal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { facilityName } = useSignedIn();
  const [stage, setStage] = useState<Stage>({ step: 'password' });
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  // Leaving before the end forgets what was prepared.
  useEffect(() => () => void call('keys:cancel', {}), []);

  const prepare = async (password: string): Promise<AppError | null> => {
    const result = await call('keys:prepareRecoveryKey', { password });
    if (!result.ok) return result.error;
    setStage({ step: 'show', key: result.value.recoveryKey });
    return null;
  };

  const confirm = async (key: string) => {
    setBusy(true);
    setError(null);
    const result = await call('keys:confirmRecoveryKey', { recoveryKey: key });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setStage({ step: 'done' });
  };

  if (stage.step === 'password') {
    return (
      <PasswordConfirmDialog
        isOpen
        title={t('keys.recovery.title')}
        explain={t('keys.recovery.explain')}
        submitLabel={t('keys.recovery.start')}
        onSubmit={prepare}
        onCancel={onClose}
      />
    );
  }
  if (stage.step === 'show') {
    return (
      <StepRecoveryKey
        recoveryKey={stage.key}
        facilityName={facilityName}
        onNext={() => setStage({ step: 'confirm', key: stage.key })}
      />
    );
  }
  if (stage.step === 'confirm') {
    return (
      <>
        <StepConfirmKey
          recoveryKey={stage.key}
          finishLabel={busy ? t('common.saving') : t('keys.recovery.finish')}
          onBack={() => setStage({ step: 'show', key: stage.key })}
          onDone={() => void confirm(stage.key)}
        />
        <FormError error={error} />
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('keys.recovery.title')}</PageTitle>
      <section className="panel" aria-labelledby="keys-recovery-done">
        <h2 id="keys-recovery-done">{t('keys.recovery.doneTitle')}</h2>
        <p className="notice notice--success" role="status">
          {t('keys.recovery.done')}
        </p>
        <div className="form__actions form__actions--start">
          <Button variant="primary" onPress={onClose}>
            {t('keys.backToSecurity')}
          </Button>
        </div>
      </section>
    </>
  );
}
