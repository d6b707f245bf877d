import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/Page';
import { HomeDueBlocks } from '../home/HomeDueBlocks';
import { useSignedIn } from '../vault/VaultContext';
import type { Route } from './routes';

/**
 * Home: where you are, who you are here, and what is due today for each of your roles (issue 17 §6),
 * each item one click from its place. How Kenes keeps records comes last, for the first days.
 */
export function HomePage({ onNavigate }: { onNavigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { account, facilityName, idleTimeoutMinutes, installationKind } = useSignedIn();
  return (
    <>
      <PageTitle>{t('home.title', { name: account.fullName })}</PageTitle>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('home.facility')}</dt>
          <dd>{facilityName}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('home.roles')}</dt>
          <dd>{account.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
        </div>
      </dl>
      {/* A supervising department's installation holds no facility records: home:due is not among its channels. */}
      {installationKind === 'facility' ? <HomeDueBlocks roles={account.roles} onNavigate={onNavigate} /> : null}
      <section className="panel" aria-labelledby="home-orientation">
        <h2 id="home-orientation">{t('home.orientationTitle')}</h2>
        <p>{t('home.orientation')}</p>
        <p>{t('home.lockHint', { minutes: idleTimeoutMinutes })}</p>
      </section>
    </>
  );
}
