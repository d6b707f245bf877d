import { useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../electron/contract/schemas';
import { Button } from './components/Button';
import { FormError } from './components/FormError';
import { CenteredPage } from './components/Page';
import { AppShell } from './features/shell/AppShell';
import { LockScreen } from './features/vault/LockScreen';
import { MustChangePassword } from './features/vault/MustChangePassword';
import { Recovery } from './features/vault/Recovery';
import { SetupWizard } from './features/vault/SetupWizard';
import { SignedOutLanguage } from './features/vault/SignedOutLanguage';
import { KeyFileHealthNotice } from './features/vault/KeyFileHealthNotice';
import { SignIn } from './features/vault/SignIn';
import { VaultProvider, useVault } from './features/vault/VaultContext';
import { VaultProblemScreen } from './features/vault/VaultProblemScreen';
import { LOCALES } from './i18n';

/** Signed out or locked: unlock, sign in (as someone else), or recover with the recovery key. */
function SignedOut({ locked }: { locked: boolean }) {
  const [view, setView] = useState<'unlock' | 'signIn' | 'recover'>(locked ? 'unlock' : 'signIn');
  return (
    <CenteredPage corner={<SignedOutLanguage />}>
      {view === 'unlock' ? <LockScreen onSomeoneElse={() => setView('signIn')} /> : null}
      {view === 'signIn' ? (
        <SignIn onRecover={() => setView('recover')} onBack={locked ? () => setView('unlock') : undefined} />
      ) : null}
      {view === 'recover' ? <Recovery onBack={() => setView(locked ? 'unlock' : 'signIn')} /> : null}
    </CenteredPage>
  );
}

/** The screen follows the vault's state: set up, signed out, locked or signed in. */
function Screens() {
  const { t } = useTranslation();
  const { status, loadError, refresh } = useVault();
  if (loadError && !status) {
    return (
      <CenteredPage>
        <FormError error={loadError} />
        <Button variant="primary" onPress={() => void refresh()}>
          {t('common.retry')}
        </Button>
      </CenteredPage>
    );
  }
  if (!status) return <div className="loading" aria-busy="true" />;
  switch (status.state) {
    case 'uninitialized':
      return <SetupWizard />;
    case 'signed-out':
      return <SignedOut key="signed-out" locked={false} />;
    case 'locked':
      return <SignedOut key={`locked-${status.lockedUser?.username ?? ''}`} locked={status.lockedUser !== null} />;
    case 'unavailable':
      // A damaged or busy data folder: never the set-up wizard over it.
      return status.problem ? <VaultProblemScreen problem={status.problem} /> : null;
    case 'signed-in': {
      if (!status.signedIn) return null;
      if (status.signedIn.account.mustChangePassword) return <MustChangePassword />;
      const health = status.signedIn.keyFileHealth;
      return (
        <>
          {health ? <KeyFileHealthNotice health={health} /> : null}
          <AppShell key={status.signedIn.account.id} />
        </>
      );
    }
  }
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <I18nProvider locale={LOCALES[i18n.language as Language] ?? 'en-GB'}>
      <VaultProvider>
        <Screens />
      </VaultProvider>
    </I18nProvider>
  );
}
