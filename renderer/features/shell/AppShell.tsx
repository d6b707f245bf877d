import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PartFailed } from './PartFailed';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { BackupNotice } from '../backup/BackupNotice';
import { DrawingAreaContext, useDrawingArea } from '../drawing/useDrawingArea';
import { useSignedIn, useVault } from '../vault/VaultContext';
import { AreaLoading } from './AreaLoading';
import {
  AboutPage,
  AccountsPage,
  AuditLogPage,
  BackupPage,
  BundleExportPage,
  BundlesPage,
  ClientModeScreen,
  ClientsArea,
  CombinedTrendsPage,
  DirectoryArea,
  DrawingsPage,
  GroupsPage,
  HomePage,
  InstrumentCatalogue,
  LanguagePage,
  SecurityPage,
  TrendsPage,
} from './areas';
import { type AreaStore, AreaStateContext, keptAcrossLock } from './areaState';
import { IdleCountdown } from './IdleCountdown';
import { Navigation } from './Navigation';
import { attachShell, placeFor } from './place';
import { type Route, allowedHere, canOpen } from './routes';
import { useActivity } from '../../hooks/useActivity';
import { useRestoreScroll } from './useRestoreScroll';

/** The signed-in frame: header (facility, person, Lock, Sign out), navigation, one page. */
export function AppShell() {
  const { t } = useTranslation();
  const { account, facilityName, installationKind } = useSignedIn();
  const start: Route = installationKind === 'supervisor' ? 'trends' : 'home';
  const { lock, signOut, status } = useVault();
  // The same person unlocking comes back to where they were (issue 12, item 2); anyone else starts at Home.
  const [place] = useState(() => placeFor(account.id));
  const [route, setRoute] = useState<Route>(place?.route ?? start);
  const showDrawings = useCallback(() => setRoute('drawings'), []);
  const drawingArea = useDrawingArea(showDrawings);
  const [areaStore] = useState<AreaStore>(() => new Map(place?.area ?? []));
  useActivity();
  useRestoreScroll(place?.scrollY ?? 0);

  useEffect(
    () => attachShell(() => ({ accountId: account.id, route, area: keptAcrossLock(areaStore), scrollY: window.scrollY })),
    [account.id, route, areaStore],
  );

  // Ctrl+L locks. KeyboardEvent.code names the physical key, so it works in Kazakh and Russian layouts too.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.code === 'KeyL') {
        event.preventDefault();
        void lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock]);

  // The backend is in client mode: the client's page is the whole screen, nothing else is rendered.
  const clientMode = status?.clientMode;
  if (clientMode) {
    return (
      <Suspense fallback={<AreaLoading fill />}>
        <ClientModeScreen mode={clientMode} drawingArea={drawingArea} />
      </Suspense>
    );
  }

  const shown: Route = canOpen(route, account.roles) && allowedHere(route, installationKind) ? route : start;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </span>
          <span className="shell__facility">{facilityName}</span>
        </div>
        <div className="shell__user">
          <span className="shell__person">
            <span className="visually-hidden">{t('shell.signedInAs')} </span>
            {account.fullName}
          </span>
          <Button onPress={() => void lock()}>
            <Icon name="lock" />
            {t('shell.lock')}
            <kbd className="kbd" aria-hidden="true">
              {t('shell.lockShortcut')}
            </kbd>
          </Button>
          <Button variant="quiet" onPress={() => void signOut()}>
            <Icon name="signOut" />
            {t('shell.signOut')}
          </Button>
        </div>
      </header>
      <div className="shell__body">
        <Navigation current={shown} roles={account.roles} onNavigate={setRoute} installationKind={installationKind} />
        <main id="main" className="shell__main" tabIndex={-1}>
          {account.roles.includes('admin') && shown !== 'backup' ? <BackupNotice onOpen={() => setRoute('backup')} /> : null}
          <AreaStateContext.Provider value={areaStore}>
            <DrawingAreaContext.Provider value={drawingArea}>
              {/* Each area loads on first use (areas.ts); the header and navigation stay while it does,
                  and if it fails to load or to render (PartFailed.tsx). */}
              <ErrorBoundary resetKey={shown} fallback={(retry, error) => <PartFailed error={error} onRetry={retry} />}>
                <Suspense fallback={<AreaLoading />}>
                  {shown === 'home' ? <HomePage onNavigate={setRoute} /> : null}
                  {shown === 'clients' ? <ClientsArea /> : null}
                  {shown === 'groups' ? <GroupsPage /> : null}
                  {shown === 'drawings' ? <DrawingsPage area={drawingArea} /> : null}
                  {shown === 'instruments' ? <InstrumentCatalogue /> : null}
                  {shown === 'trends' ? installationKind === 'supervisor' ? <CombinedTrendsPage /> : <TrendsPage /> : null}
                  {shown === 'bundleImport' ? <BundlesPage /> : null}
                  {shown === 'directory' ? <DirectoryArea /> : null}
                  {shown === 'accounts' ? <AccountsPage /> : null}
                  {shown === 'security' ? <SecurityPage /> : null}
                  {shown === 'backup' ? <BackupPage /> : null}
                  {shown === 'bundleExport' ? <BundleExportPage /> : null}
                  {shown === 'audit' ? <AuditLogPage /> : null}
                  {shown === 'language' ? <LanguagePage /> : null}
                  {shown === 'about' ? <AboutPage /> : null}
                </Suspense>
              </ErrorBoundary>
            </DrawingAreaContext.Provider>
          </AreaStateContext.Provider>
        </main>
      </div>
      <IdleCountdown />
    </div>
  );
}
