import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { RotationAccount } from '../../../electron/contract/keyChannels';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Choice';
import { Icon } from '../../components/Icon';
import { PageTitle } from '../../components/Page';
import { PasswordConfirmDialog } from '../vault/PasswordConfirmDialog';
import { StepConfirmKey } from '../vault/StepConfirmKey';
import { StepRecoveryKey } from '../vault/StepRecoveryKey';
import { useSignedIn } from '../vault/VaultContext';
import { HandOverSlip } from './HandOverSlip';
import { TemporaryPasswordsForm } from './TemporaryPasswordsForm';

type Prepared = { key: string; accounts: RotationAccount[] };
type Stage =
  | { step: 'password' }
  | ({ step: 'show' | 'confirm' | 'passwords' } & Prepared)
  | { step: 'done'; accounts: RotationAccount[]; passwords: Record<string, string> };

/**
 * Data-key rotation (issue 16, section 3), step by step: the admin's password; the new recovery key, shown once
 * and typed back as at set-up; a temporary password for every other account; the rotation; then a hand-over list
 * with a printed slip per person. Nothing changes on disk before "Rotate now"; leaving earlier forgets what was
 * prepared (keys:cancel).
 */
export function KeyRotation({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { facilityName } = useSignedIn();
  const [stage, setStage] = useState<Stage>({ step: 'password' });
  const [error, setError] = useState<AppError | null>(null);
  const [printing, setPrinting] = useState<string | null>(null);
  const [handedOver, setHandedOver] = useState<Record<string, boolean>>({});

  useEffect(() => () => void call('keys:cancel', {}), []);

  const prepare = async (password: string): Promise<AppError | null> => {
    const result = await call('keys:prepareRotation', { password });
    if (!result.ok) return result.error;
    setStage({ step: 'show', key: result.value.recoveryKey, accounts: result.value.accounts });
    return null;
  };

  if (stage.step === 'password') {
    return (
      <PasswordConfirmDialog
        isOpen
        title={t('keys.rotation.title')}
        explain={t('keys.rotation.passwordExplain')}
        submitLabel={t('keys.rotation.start')}
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
        onNext={() => setStage({ ...stage, step: 'confirm' })}
      />
    );
  }
  if (stage.step === 'confirm') {
    return (
      <StepConfirmKey
        recoveryKey={stage.key}
        finishLabel={t('common.continue')}
        onBack={() => setStage({ ...stage, step: 'show' })}
        onDone={() => setStage({ ...stage, step: 'passwords' })}
      />
    );
  }
  if (stage.step === 'passwords') {
    const rotate = async (passwords: Record<string, string>) => {
      setError(null);
      const result = await call('keys:rotate', {
        recoveryKey: stage.key,
        temporaryPasswords: stage.accounts.map((a) => ({ accountId: a.id, temporaryPassword: passwords[a.id] ?? '' })),
      });
      if (!result.ok) return setError(result.error);
      setStage({ step: 'done', accounts: result.value.accounts, passwords });
    };
    return (
      <>
        <PageTitle>{t('keys.rotation.title')}</PageTitle>
        <TemporaryPasswordsForm accounts={stage.accounts} error={error} onBack={onClose} onSubmit={rotate} />
      </>
    );
  }

  if (stage.step !== 'done') return null;
  // The person's slip is mounted before printing (print.css prints only it), and stays until the next one.
  const printSlip = (id: string) => {
    flushSync(() => setPrinting(id));
    window.print();
  };
  const slipFor = stage.accounts.find((a) => a.id === printing);
  return (
    <>
      <PageTitle>{t('keys.rotation.title')}</PageTitle>
      <section className="panel" aria-labelledby="keys-rotation-done">
        <h2 id="keys-rotation-done">{t('keys.rotation.doneTitle')}</h2>
        <p className="notice notice--success" role="status">
          {t('keys.rotation.done')}
        </p>
        {stage.accounts.length > 0 ? (
          <>
            <h3>{t('keys.handOver.title')}</h3>
            <p>{t('keys.handOver.explain')}</p>
            <table className="table" data-testid="hand-over">
              <caption className="visually-hidden">{t('keys.handOver.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.fullName')}</th>
                  <th scope="col">{t('fields.username')}</th>
                  <th scope="col">{t('keys.handOver.slip')}</th>
                  <th scope="col">{t('keys.handOver.given')}</th>
                </tr>
              </thead>
              <tbody>
                {stage.accounts.map((a) => (
                  <tr key={a.id}>
                    <td>{a.fullName}</td>
                    <td>{a.username}</td>
                    <td>
                      <Button
                        onPress={() => printSlip(a.id)}
                        aria-label={t('keys.handOver.printFor', { name: a.fullName, username: a.username })}
                      >
                        <Icon name="print" />
                        {t('setup.key.print')}
                      </Button>
                    </td>
                    <td>
                      <Checkbox
                        isSelected={handedOver[a.id] ?? false}
                        onChange={(v) => setHandedOver((h) => ({ ...h, [a.id]: v }))}
                      >
                        {t('keys.handOver.givenLabel', { name: a.fullName })}
                      </Checkbox>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
        <div className="form__actions form__actions--start">
          <Button variant="primary" onPress={onClose}>
            {t('keys.backToSecurity')}
          </Button>
        </div>
        {slipFor ? (
          <HandOverSlip account={slipFor} password={stage.passwords[slipFor.id] ?? ''} facilityName={facilityName} />
        ) : null}
      </section>
    </>
  );
}
