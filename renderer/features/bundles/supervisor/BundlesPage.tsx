import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { useLoaded } from '../../../hooks/useLoaded';
import { useSignedIn } from '../../vault/VaultContext';
import { FacilitiesTable } from './FacilitiesTable';
import { ImportPanel } from './ImportPanel';
import { SupervisorKeyPanel } from './SupervisorKeyPanel';
import './supervisor.css';

/** Bundles (issue 15 §3): this installation's key for facilities, importing their bundles, and the facilities trusted. */
export function BundlesPage() {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const isAdmin = account.roles.includes('admin');
  const facilities = useLoaded(useCallback(() => call('supervisor:facilities', {}), []));
  return (
    <>
      <PageTitle>{t('supervisor.bundles.title')}</PageTitle>
      <p className="lead">{t('supervisor.bundles.intro')}</p>
      <SupervisorKeyPanel isAdmin={isAdmin} />
      <ImportPanel isAdmin={isAdmin} onImported={facilities.reload} />
      <section className="panel" aria-labelledby="supervisor-facilities">
        <h2 id="supervisor-facilities">{t('supervisor.facilities.title')}</h2>
        <FormError error={facilities.error} />
        {facilities.value ? <FacilitiesTable facilities={facilities.value} /> : <p aria-busy="true">{t('common.loading')}</p>}
      </section>
    </>
  );
}
