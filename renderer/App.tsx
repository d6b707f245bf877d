import { Suspense, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../electron/contract/schemas';
import { Button } from './components/Button';
import { ErrorBoundary } from './components/ErrorBoundary';
import { FormError } from './components/FormError';
import { CenteredPage } from './components/Page';
import { AreaLoading } from './features/shell/AreaLoading';
import { lazyNamed } from './features/shell/lazyNamed';
import { PartFailed } from './features/shell/PartFailed';
import { LockScreen } from './features/vault/LockScreen';
import { SignedOutLanguage } from './features/vault/SignedOutLanguage';
import { KeyFileHealthNotice } from './features/vault/KeyFileHealthNotice';
import { SignIn } from './features/vault/SignIn';
import { VaultProvider, useVault } from './features/vault/VaultContext';
import { LOCALES } from './i18n';

/*
 * The first screen is sign-in or unlock (issue 18 §6): only they load with the page. The signed-in
 * app, the set-up wizard and every screen that sets a password (with zxcvbn's dictionaries) load when
 * first shown; features/shell/areas.ts splits the signed-in app further, by area.
 */
const AppShell = lazyNamed(() => import('./features/shell/AppShell'), 'AppShell');
const SetupWizard = lazyNamed(() => import('./features/vault/SetupWizard'), 'SetupWizard');
const MustChangePassword = lazyNamed(() => import('./features/vault/MustChangePassword'), 'MustChangePassword');
const Recovery = lazyNamed(() => import('./features/vault/Recovery'), 'Recovery');
const VaultProblemScreen = lazyNamed(() => import('./features/vault/VaultProblemScreen'), 'VaultProblemScreen');

/** Signed out or locked: unlock, sign in (as someone else), or recover with the recovery key. */
function SignedOut({ locked }: { locked: boolean }) {
  const [view, setView] = useState<'unlock' | 'signIn' | 'recover'>(locked ? 'unlock' : 'signIn');
  return (
    <CenteredPage corner={<SignedOutLanguage />}>
      {view === 'unlock' ? <LockScreen onSomeoneElse={() => setView('signIn')} /> : null}
      {view === 'signIn' ? (
        <SignIn onRecover={() => setView('recover')} onBack={locked ? () => setView('unlock') : undefined} />
      ) : null}
      {view === 'recover' ? (
        <Suspense fallback={<AreaLoading />}>
          <Recovery onBack={() => setView(locked ? 'unlock' : 'signIn')} />
        </Suspense>
      ) : null}
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
        {/* Last resort: a part that fails outside the signed-in areas (AppShell has its own). */}
        <ErrorBoundary
          fallback={(retry, error) => (
            <CenteredPage>
              <PartFailed error={error} onRetry={retry} />
            </CenteredPage>
          )}
        >
          <Suspense fallback={<AreaLoading fill />}>
            <Screens />
          </Suspense>
        </ErrorBoundary>
      </VaultProvider>
    </I18nProvider>
  );
}
