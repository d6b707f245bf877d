import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleStatus } from '../../../../electron/contract/bundleChannels';
import { KZ_REGIONS, type Region } from '../../../../electron/contract/regions';
import type { Language } from '../../../../electron/contract/schemas';
import { regionName } from '../../../../common/regionText';
import { type AppError, call } from '../../../api';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { Select } from '../../../components/Select';
import { ExportPanel } from './ExportPanel';
import { SupervisorKeyPanel } from './SupervisorKeyPanel';
import './bundles.css';

/**
 * Settings → Bundles for the supervisor (admins, issue 15 §1–2): this facility's fingerprint to read out to the
 * supervising department, the region its bundles state, the supervisor's key (imported once, after comparing its
 * code), and exporting the chosen quarters as one signed, encrypted file.
 */
export function BundleExportPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [status, setStatus] = useState<BundleStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void call('bundles:status', {}).then((r) => (r.ok ? setStatus(r.value) : setError(r.error)));
  }, []);

  const chooseRegion = async (region: Region) => {
    setError(null);
    const r = await call('bundles:setRegion', { region });
    if (r.ok) setStatus(r.value);
    else setError(r.error);
  };

  return (
    <>
      <PageTitle>{t('bundles.title')}</PageTitle>
      <p className="bundles-lead">{t('bundles.explain')}</p>
      <FormError error={error} />
      {status ? (
        <>
          <section className="panel" aria-labelledby="bundles-facility">
            <h2 id="bundles-facility">{t('bundles.facilityTitle')}</h2>
            <dl className="facts bundles-facts">
              <div className="facts__row">
                <dt>{t('bundles.facilityName')}</dt>
                <dd>{status.facilityName}</dd>
              </div>
              <div className="facts__row">
                <dt>{t('bundles.facilityFingerprint')}</dt>
                <dd className="bundles-code" data-testid="facility-fingerprint">
                  {status.fingerprint}
                </dd>
              </div>
            </dl>
            <p className="field__hint">{t('bundles.fingerprintHint')}</p>
            <div className="bundles-region">
              <Select<Region | ''>
                label={t('bundles.region')}
                value={status.region ?? ''}
                options={[
                  ...(status.region ? [] : [{ id: '' as const, label: t('bundles.regionNone') }]),
                  ...KZ_REGIONS.map((id) => ({ id, label: regionName(id, language) })),
                ]}
                onChange={(region) => region !== '' && void chooseRegion(region)}
              />
            </div>
          </section>
          <SupervisorKeyPanel status={status} onChange={setStatus} />
          <ExportPanel status={status} onExported={(lastSequence) => setStatus({ ...status, lastSequence })} />
        </>
      ) : null}
    </>
  );
}
