import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/Page';
import { ChangePasswordForm } from '../vault/ChangePasswordForm';
import { useSignedIn } from '../vault/VaultContext';
import { FacilitySettingsForm } from './FacilitySettingsForm';

/** Settings → Security: the automatic lock (admins change it, everyone sees it) and your password. */
export function SecurityPage() {
  const { t } = useTranslation();
  const { account, idleTimeoutMinutes } = useSignedIn();
  const isAdmin = account.roles.includes('admin');
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
    </>
  );
}
