import { useTranslation } from 'react-i18next';
import type { Account, AuditEntry, Language } from '../../../electron/contract/schemas';
import { formatDateTime } from '../../i18n/format';
import { formatDetails, formatTarget } from './auditFormat';

/** One page of the audit log: when, who, what, about what, and the small facts recorded with it. */
export function AuditTable({ entries, accounts }: { entries: AuditEntry[]; accounts: Account[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const exists = (key: string) => i18n.exists(key);
  if (entries.length === 0) return <p className="empty">{t('audit.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.number')}</th>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.detailsHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" className="mono">
                {entry.id}
              </th>
              <td className="nowrap">{formatDateTime(language, new Date(entry.at))}</td>
              <td className="mono">{entry.actorUsername ?? t('audit.nobody')}</td>
              <td className="audit__action">{t(`audit.actions.${entry.action}`)}</td>
              <td>{formatTarget(t, entry, accounts)}</td>
              <td>
                <ul className="details">
                  {formatDetails(t, exists, entry.details).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
