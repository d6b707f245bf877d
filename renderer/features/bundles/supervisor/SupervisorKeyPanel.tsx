import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { useLoaded } from '../../../hooks/useLoaded';

/**
 * The installation's public key for facilities: its fingerprint, to read out or print for each facility's admin to
 * compare, and (admins) the key file to carry to them. The private key never leaves the encrypted database.
 */
export function SupervisorKeyPanel({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  const identity = useLoaded(useCallback(() => call('supervisor:identity', {}), []));
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setError(null);
    setSaved(false);
    const r = await call('supervisor:exportPublicKey', {});
    if (!r.ok) return setError(r.error);
    setSaved(r.value.saved);
  };
  return (
    <section className="panel" aria-labelledby="supervisor-key">
      <h2 id="supervisor-key">{t('supervisor.key.title')}</h2>
      <p>{t('supervisor.key.explain')}</p>
      <FormError error={identity.error ?? error} />
      {identity.value ? (
        <p className="supervisor-fingerprint">
          <span>{t('supervisor.key.fingerprint')}</span>{' '}
          <code className="mono" data-testid="supervisor-fingerprint">
            {identity.value.fingerprint}
          </code>
        </p>
      ) : null}
      {isAdmin ? (
        <div className="form__actions">
          <Button onPress={() => void save()}>{t('supervisor.key.save')}</Button>
        </div>
      ) : null}
      {saved ? (
        <p className="notice notice--success" role="status">
          {t('supervisor.key.saved')}
        </p>
      ) : null}
    </section>
  );
}
