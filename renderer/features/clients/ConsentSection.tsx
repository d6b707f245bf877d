import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail, Consent } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { RecordConsentDialog } from './RecordConsentDialog';
import { WithdrawConsentDialog } from './WithdrawConsentDialog';
import { formatCalendarDate } from '../../i18n/format';

type Props = { client: ClientDetail; onChanged: (client: ClientDetail) => void };

/** Consents, newest first; a withdrawn one stays listed, marked withdrawn with its day and note. */
export function ConsentSection({ client, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const consents = [...client.consents].reverse();
  const saved = (next: ClientDetail) => {
    setRecording(false);
    setWithdrawing(null);
    onChanged(next);
  };
  return (
    <section className="panel client-section" aria-labelledby="client-consent">
      <div className="client-section__header">
        <h2 id="client-consent">{t('clients.consent.title')}</h2>
        <Button onPress={() => setRecording(true)}>{t('clients.consent.record')}</Button>
      </div>
      {consents.length === 0 ? (
        <p className="muted">{t('clients.consent.none')}</p>
      ) : (
        <ul className="consent-list">
          {consents.map((c) => (
            <li key={c.id} className={c.withdrawal ? 'consent consent--withdrawn' : 'consent'}>
              <p className="consent__title">
                <strong>{t('clients.consent.givenOnDate', { date: formatCalendarDate(language, c.givenOn) })}</strong>
                <span className={c.withdrawal ? 'status-badge status-badge--off' : 'status-badge status-badge--on'}>
                  {c.withdrawal ? t('clients.consent.withdrawn') : t('clients.consent.inForce')}
                </span>
              </p>
              <p>{c.scope.map((s) => t(`clients.scopes.${s}`)).join(', ')}</p>
              {c.note ? <p className="muted">{c.note}</p> : null}
              {c.withdrawal ? (
                <p>
                  {t('clients.consent.withdrawnOnDate', { date: formatCalendarDate(language, c.withdrawal.on) })}
                  {c.withdrawal.note ? ` — ${c.withdrawal.note}` : ''}
                </p>
              ) : (
                <Button variant="danger" className="button--small" onPress={() => setWithdrawing(c)}>
                  {t('clients.consent.withdraw')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {recording ? <RecordConsentDialog client={client} onClose={() => setRecording(false)} onSaved={saved} /> : null}
      {withdrawing ? <WithdrawConsentDialog consent={withdrawing} onClose={() => setWithdrawing(null)} onSaved={saved} /> : null}
    </section>
  );
}
