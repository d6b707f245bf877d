import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { AddPeriodDialog } from './AddPeriodDialog';
import { formatCalendarDate } from '../../i18n/format';
import '../legalStatus/legalStatus.css';

type Props = { client: ClientDetail; onChanged: (client: ClientDetail) => void };

/** The legal status history, newest first on screen (stored oldest first); Add period records a change. */
export function LegalStatusSection({ client, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [adding, setAdding] = useState(false);
  const periods = [...client.legalStatuses].reverse();
  return (
    <section className="panel client-section" aria-labelledby="client-legal">
      <div className="client-section__header">
        <h2 id="client-legal">{t('clients.legal.title')}</h2>
        <Button onPress={() => setAdding(true)}>{t('clients.legal.add')}</Button>
      </div>
      {periods.length === 0 ? (
        <p className="muted">{t('clients.legal.none')}</p>
      ) : (
        <div className="client-section__table">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('clients.legal.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('clients.legal.status')}</th>
                <th scope="col">{t('clients.legal.startDate')}</th>
                <th scope="col">{t('clients.legal.endDate')}</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {t(`clients.legalStatuses.${p.status}`)}
                    {p.originalStatus !== null && p.originalStatus !== p.status ? (
                      <span className="legal-status__original muted">
                        {t('legalStatus.originalNote', { status: t(`legalStatus.old.${p.originalStatus}`) })}
                      </span>
                    ) : null}
                  </th>
                  <td className="nowrap">{formatCalendarDate(language, p.startDate)}</td>
                  <td className="nowrap">{p.endDate ? formatCalendarDate(language, p.endDate) : t('clients.legal.ongoing')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding ? (
        <AddPeriodDialog
          client={client}
          onClose={() => setAdding(false)}
          onSaved={(saved) => {
            setAdding(false);
            onChanged(saved);
          }}
        />
      ) : null}
    </section>
  );
}
