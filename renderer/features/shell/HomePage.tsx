import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { PageTitle } from '../../components/Page';
import { useSignedIn } from '../vault/VaultContext';
import type { Route } from './routes';

/** A calm start page: where you are, who you are here, and what the app does today. */
export function HomePage({ onNavigate }: { onNavigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { account, facilityName, idleTimeoutMinutes } = useSignedIn();
  const isAdmin = account.roles.includes('admin');
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
      <section className="panel" aria-labelledby="home-orientation">
        <h2 id="home-orientation">{t('home.orientationTitle')}</h2>
        <p>{t('home.orientation')}</p>
        <p>{t('home.lockHint', { minutes: idleTimeoutMinutes })}</p>
        {isAdmin ? (
          <>
            <p>{t('home.adminHint')}</p>
            <Button onPress={() => onNavigate('accounts')}>{t('home.openAccounts')}</Button>
          </>
        ) : null}
      </section>
    </>
  );
}
