import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { formatDate } from '../../i18n/format';
import { legalStatusText } from './labels';

type Props = { rows: ClientSummary[]; onOpen: (clientId: string) => void };

/**
 * One page of the list. The code is the row's button: a keyboard user tabs from code to code and
 * opens with Enter; the whole row also opens on a click, for the mouse.
 */
export function ClientTable({ rows, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <div className="table-wrap">
      <table className="table client-table">
        <caption className="visually-hidden">{t('clients.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clients.fields.code')}</th>
            <th scope="col">{t('clients.fields.fullName')}</th>
            <th scope="col">{t('clients.fields.unit')}</th>
            <th scope="col">{t('clients.legal.status')}</th>
            <th scope="col">{t('clients.consent.title')}</th>
            <th scope="col">{t('clients.list.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="client-table__row" onClick={() => onOpen(row.id)}>
              <th scope="row">
                <button
                  type="button"
                  className="client-table__code"
                  onClick={(event) => {
                    // The row opens the client too; once is one view in the audit log.
                    event.stopPropagation();
                    onOpen(row.id);
                  }}
                >
                  {row.code}
                </button>
              </th>
              <td>{row.fullName ?? <span className="muted">{t('clients.noName')}</span>}</td>
              <td>{row.unit ?? <span className="muted">{t('clients.noName')}</span>}</td>
              <td>{legalStatusText(t, language, row.legalStatus)}</td>
              <td>
                {row.consentInForce ? (
                  t('clients.consent.inForce')
                ) : (
                  <span className="muted">{t('clients.consent.noneInForce')}</span>
                )}
              </td>
              <td className="nowrap">{formatDate(language, new Date(row.activityAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
