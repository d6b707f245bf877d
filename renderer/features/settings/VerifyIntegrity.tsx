import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import type { ChannelOutput } from '../../../electron/contract/channels';

type Outcome = ChannelOutput<'audit:verify'>;

/**
 * Recomputes the whole hash chain in the backend and says whether, and where, it was altered; and
 * lists the signed records whose content no longer matches their seal (kind and id only).
 */
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
        {/* A chain that holds is not "intact" when its end was cut off: then the anchor notice speaks. */}
        {outcome && outcome.firstBrokenId === null && ['intact', 'missing'].includes(outcome.anchor.state) ? (
          <p className="notice notice--success">{t('audit.intact', { checked: outcome.checked })}</p>
        ) : null}
        {outcome && outcome.firstBrokenId !== null ? (
          <p className="notice notice--error">{t('audit.broken', { id: outcome.firstBrokenId, checked: outcome.checked })}</p>
        ) : null}
        {outcome ? <AnchorNotice anchor={outcome.anchor} /> : null}
        {outcome && outcome.alteredRecords.length === 0 ? (
          <p className="notice notice--success">{t('integrity.noneAltered')}</p>
        ) : null}
        {outcome && outcome.alteredRecords.length > 0 ? (
          <div className="notice notice--error" data-testid="altered-records">
            {/* One child: the notice lays its children out in a row. */}
            <div>
              <p>{t('integrity.altered', { count: outcome.alteredRecords.length })}</p>
              <ul>
                {outcome.alteredRecords.map((r) => (
                  <li key={`${r.kind}:${r.id}`}>
                    {t(`integrity.kinds.${r.kind}`)} <code>{r.id}</code>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
      </div>
      <FormError error={error} />
    </div>
  );
}

/** The log's end against the anchor in the key file (issue 16, section 4): a truncated or emptied log is named here. */
function AnchorNotice({ anchor }: { anchor: Outcome['anchor'] }) {
  const { t } = useTranslation();
  const key = anchor.state === 'truncated' && anchor.newestId === null ? 'truncatedEmpty' : anchor.state;
  const tone = anchor.state === 'intact' ? 'success' : anchor.state === 'missing' ? 'warning' : 'error';
  return (
    <p className={`notice notice--${tone}`} data-testid="anchor-result" data-state={anchor.state}>
      {t(`integrity.anchor.${key}`, { anchoredId: anchor.anchoredId, newestId: anchor.newestId })}
    </p>
  );
}
