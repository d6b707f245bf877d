import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { AboutPage } from '../about/AboutPage';
import { BackupNotice } from '../backup/BackupNotice';
import { BackupPage } from '../backup/BackupPage';
import { BundleExportPage } from '../bundles/facility/BundleExportPage';
import { ClientsArea } from '../clients/ClientsArea';
import { DirectoryArea } from '../directory/DirectoryArea';
import { DrawingsPage } from '../drawing/DrawingsPage';
import { DrawingAreaContext, useDrawingArea } from '../drawing/useDrawingArea';
import { GroupsPage } from '../groups/GroupsPage';
import { InstrumentCatalogue } from '../instruments/InstrumentCatalogue';
import { AccountsPage } from '../settings/AccountsPage';
import { AuditLogPage } from '../settings/AuditLogPage';
import { LanguagePage } from '../settings/LanguagePage';
import { SecurityPage } from '../settings/SecurityPage';
import { useSignedIn, useVault } from '../vault/VaultContext';
import { HomePage } from './HomePage';
import { type AreaStore, AreaStateContext, keptAcrossLock } from './areaState';
import { ClientModeScreen } from './ClientModeScreen';
import { IdleCountdown } from './IdleCountdown';
import { Navigation } from './Navigation';
import { attachShell, placeFor } from './place';
import { type Route, allowedHere, canOpen } from './routes';
import { useActivity } from '../../hooks/useActivity';
import { useRestoreScroll } from './useRestoreScroll';

/** Trends loads on first use, with its charts (Chart.js's bar controller): most sign-ins never open it. */
const TrendsPage = lazy(() => import('../trends/TrendsPage').then((m) => ({ default: m.TrendsPage })));
/** A supervising department's combined Trends and Bundles (issue 15), loaded only on such an installation. */
const CombinedTrendsPage = lazy(() =>
  import('../bundles/supervisor/CombinedTrendsPage').then((m) => ({ default: m.CombinedTrendsPage })),
);
const BundlesPage = lazy(() => import('../bundles/supervisor/BundlesPage').then((m) => ({ default: m.BundlesPage })));

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
    return <ClientModeScreen mode={clientMode} drawingArea={drawingArea} />;
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
              {shown === 'home' ? <HomePage onNavigate={setRoute} /> : null}
              {shown === 'clients' ? <ClientsArea /> : null}
              {shown === 'groups' ? <GroupsPage /> : null}
              {shown === 'drawings' ? <DrawingsPage area={drawingArea} /> : null}
              {shown === 'instruments' ? <InstrumentCatalogue /> : null}
              {shown === 'trends' ? (
                <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>
                  {installationKind === 'supervisor' ? <CombinedTrendsPage /> : <TrendsPage />}
                </Suspense>
              ) : null}
              {shown === 'bundleImport' ? (
                <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>
                  <BundlesPage />
                </Suspense>
              ) : null}
              {shown === 'directory' ? <DirectoryArea /> : null}
              {shown === 'accounts' ? <AccountsPage /> : null}
              {shown === 'security' ? <SecurityPage /> : null}
              {shown === 'backup' ? <BackupPage /> : null}
              {shown === 'bundleExport' ? <BundleExportPage /> : null}
              {shown === 'audit' ? <AuditLogPage /> : null}
              {shown === 'language' ? <LanguagePage /> : null}
              {shown === 'about' ? <AboutPage /> : null}
            </DrawingAreaContext.Provider>
          </AreaStateContext.Provider>
        </main>
      </div>
      <IdleCountdown />
    </div>
  );
}
