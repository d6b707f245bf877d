import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { CenteredPage, PageTitle } from '../../components/Page';
import { useActivity } from '../../hooks/useActivity';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSignedIn, useVault } from './VaultContext';

/** A temporary password (new account, reset) must be replaced before anything else opens. */
export function MustChangePassword() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const { signOut } = useVault();
  useActivity();
  return (
    <CenteredPage
      corner={
        <Button variant="quiet" onPress={() => void signOut()}>
          {t('shell.signOut')}
        </Button>
      }
    >
      <PageTitle>{t('changePassword.requiredTitle')}</PageTitle>
      <p className="lead">{t('changePassword.requiredIntro', { name: session.account.fullName })}</p>
      <ChangePasswordForm />
    </CenteredPage>
  );
}
