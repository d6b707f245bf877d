import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/Page';
import { KeyRotation } from '../keys/KeyRotation';
import { RecoveryKeyRenewal } from '../keys/RecoveryKeyRenewal';
import { ChangePasswordForm } from '../vault/ChangePasswordForm';
import { useSignedIn } from '../vault/VaultContext';
import { FacilitySettingsForm } from './FacilitySettingsForm';

/**
 * Settings → Security: the automatic lock (admins change it, everyone sees it) and your password; for admins, a
 * new recovery key and the data-key rotation (issue 16), each a step-by-step flow shown in place of the page.
 */
export function SecurityPage() {
  const { t } = useTranslation();
  const { account, idleTimeoutMinutes } = useSignedIn();
  const isAdmin = account.roles.includes('admin');
  const [flow, setFlow] = useState<'recoveryKey' | 'rotation' | null>(null);
  if (flow === 'recoveryKey') return <RecoveryKeyRenewal onClose={() => setFlow(null)} />;
  if (flow === 'rotation') return <KeyRotation onClose={() => setFlow(null)} />;
  return (
    <>
      <PageTitle>{t('security.title')}</PageTitle>
      <section className="panel" aria-labelledby="security-lock">
        <h2 id="security-lock">{t('security.lockTitle')}</h2>
        <p>{t('security.lockExplain')}</p>
        {isAdmin ? (
          <FacilitySettingsForm />
        ) : (
          <p className="facts__value">{t('security.idleReadOnly', { minutes: idleTimeoutMinutes })}</p>
        )}
      </section>
      <section className="panel" aria-labelledby="security-password">
        <h2 id="security-password">{t('security.passwordTitle')}</h2>
        <p>{t('security.passwordExplain')}</p>
        <ChangePasswordForm />
      </section>
      {isAdmin ? (
        <>
          <section className="panel" aria-labelledby="security-recovery-key">
            <h2 id="security-recovery-key">{t('keys.recovery.sectionTitle')}</h2>
            <p>{t('keys.recovery.sectionExplain')}</p>
            <div className="form__actions form__actions--start">
              <Button onPress={() => setFlow('recoveryKey')}>{t('keys.recovery.open')}</Button>
            </div>
          </section>
          <section className="panel" aria-labelledby="security-rotation">
            <h2 id="security-rotation">{t('keys.rotation.sectionTitle')}</h2>
            <p>{t('keys.rotation.sectionExplain')}</p>
            <p>{t('keys.rotation.sectionAccounts')}</p>
            <div className="form__actions form__actions--start">
              <Button onPress={() => setFlow('rotation')}>{t('keys.rotation.open')}</Button>
            </div>
          </section>
        </>
      ) : null}
    </>
  );
}
