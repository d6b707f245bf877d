import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';

type Outcome = { checked: number; firstBrokenId: number | null };

/** Recomputes the whole hash chain in the backend and says whether, and where, it was altered. */
export function VerifyIntegrity({ onVerified }: { onVerified: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const verify = async () => {
    setBusy(true);
    setError(null);
    const result = await call('audit:verify', {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOutcome(result.value);
    onVerified(); // the check itself is a new audit entry
  };

  return (
    <div className="verify">
      <Button isPending={busy} onPress={() => void verify()}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </Button>
      <div role="status" className="verify__result">
        {outcome && outcome.firstBrokenId === null ? (
          <p className="notice notice--success">{t('audit.intact', { checked: outcome.checked })}</p>
        ) : null}
        {outcome && outcome.firstBrokenId !== null ? (
          <p className="notice notice--error">{t('audit.broken', { id: outcome.firstBrokenId, checked: outcome.checked })}</p>
        ) : null}
      </div>
      <FormError error={error} />
    </div>
  );
}
