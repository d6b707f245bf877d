import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleStatus } from '../../../../electron/contract/bundleChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { formatDateTime } from '../../../i18n/format';

type Picked = { token: string; name: string; fingerprint: string };

/**
 * The supervisor's public key: imported once from the file the supervising department gives, kept only after the
 * admin has compared its code with the one the department reads out (a key swapped on the way would show another).
 */
export function SupervisorKeyPanel({ status, onChange }: { status: BundleStatus; onChange: (s: BundleStatus) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [picked, setPicked] = useState<Picked | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const checkRef = useRef<HTMLDivElement>(null);
  // The code to compare appears below the button that was pressed: take the focus there, so it is read out next.
  useEffect(() => {
    if (picked) checkRef.current?.focus();
  }, [picked]);

  const pick = async () => {
    setError(null);
    setBusy(true);
    const r = await call('bundles:pickSupervisorKey', {});
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setPicked(r.value.picked);
  };
  const keep = async () => {
    if (!picked) return;
    const r = await call('bundles:confirmSupervisorKey', { token: picked.token });
    if (!r.ok) return setError(r.error);
    setPicked(null);
    onChange(r.value);
  };

  return (
    <section className="panel" aria-labelledby="bundles-supervisor">
      <h2 id="bundles-supervisor">{t('bundles.supervisorTitle')}</h2>
      <FormError error={error} />
      {status.supervisor ? (
        <dl className="facts bundles-facts" data-testid="supervisor-key">
          <div className="facts__row">
            <dt>{t('bundles.supervisorName')}</dt>
            <dd>{status.supervisor.name}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('bundles.supervisorFingerprint')}</dt>
            <dd className="bundles-code">{status.supervisor.fingerprint}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('bundles.supervisorImportedAt')}</dt>
            <dd>{formatDateTime(language, new Date(status.supervisor.importedAt), 'minutes')}</dd>
          </div>
        </dl>
      ) : (
        <p data-testid="supervisor-key-none">{t('bundles.supervisorNone')}</p>
      )}
      {picked ? (
        <div
          ref={checkRef}
          tabIndex={-1}
          className="notice notice--warning bundles-check"
          role="group"
          aria-labelledby="bundles-check-title"
          data-testid="supervisor-key-check"
        >
          <div className="notice__body">
            <h3 id="bundles-check-title">{t('bundles.checkTitle')}</h3>
            <p>{t('bundles.checkExplain', { name: picked.name })}</p>
            <p className="bundles-code bundles-code--large">{picked.fingerprint}</p>
            <div className="bundles-actions">
              <Button variant="primary" onPress={() => void keep()}>
                {t('bundles.checkKeep')}
              </Button>
              <Button onPress={() => setPicked(null)}>{t('bundles.checkCancel')}</Button>
            </div>
          </div>
        </div>
      ) : (
        <div className="bundles-actions">
          <Button isPending={busy} onPress={() => void pick()}>
            {status.supervisor ? t('bundles.replaceKey') : t('bundles.importKey')}
          </Button>
        </div>
      )}
    </section>
  );
}
