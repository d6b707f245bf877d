import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../electron/contract/directoryChannels';
import { useKindText } from './kindText';

type Props = { rows: Organisation[]; onOpen: (id: string) => void };

/**
 * One page of the directory. The name is the row's button (Tab from name to name, Enter opens); the
 * whole row opens on a click too. Employers show their quota places, the figure people look for.
 */
export function OrganisationTable({ rows, onOpen }: Props) {
  const { t } = useTranslation();
  const { kindText } = useKindText();
  return (
    <div className="table-wrap">
      <table className="table directory-table">
        <caption className="visually-hidden">{t('directory.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.fields.name')}</th>
            <th scope="col">{t('directory.fields.kind')}</th>
            <th scope="col">{t('directory.fields.city')}</th>
            <th scope="col">{t('directory.fields.languages')}</th>
            <th scope="col">{t('directory.fields.phone')}</th>
            <th scope="col">{t('directory.fields.quotaPlaces')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} className="directory-table__row" onClick={() => onOpen(o.id)}>
              <th scope="row">
                <button
                  type="button"
                  className="directory-table__name"
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(o.id);
                  }}
                >
                  {o.name}
                </button>
              </th>
              <td>{kindText(o.kind)}</td>
              <td>{o.city || <span className="muted">—</span>}</td>
              <td>{o.languages.map((l) => l.toUpperCase()).join(', ') || <span className="muted">—</span>}</td>
              <td className="nowrap">{o.phone || <span className="muted">—</span>}</td>
              <td>{o.kind === 'employer' && o.quotaPlaces !== null ? o.quotaPlaces : <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
