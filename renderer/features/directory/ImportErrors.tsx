import { useTranslation } from 'react-i18next';
import type { CsvLineError } from '../../../electron/contract/directoryChannels';

type Props = { errors: CsvLineError[]; total: number };

/** The lines that will be left out: line number, column, reason and the cell as read, so each can be fixed in the file. */
export function ImportErrors({ errors, total }: Props) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <section className="import-section">
      <h3>{t('directory.import.errorsTitle')}</h3>
      <p className="muted">{t('directory.import.errorsHelp')}</p>
      <div className="table-wrap import-errors">
        <table className="table">
          <caption className="visually-hidden">{t('directory.import.errorsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('directory.import.line')}</th>
              <th scope="col">{t('directory.import.column')}</th>
              <th scope="col">{t('directory.import.reason')}</th>
              <th scope="col">{t('directory.import.value')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={`${e.line}-${e.field ?? ''}-${i}`}>
                <th scope="row">{e.line}</th>
                <td>{e.field ? t(`directory.fields.${e.field}`) : '—'}</td>
                <td>{t(`directory.import.reasons.${e.reason}`, { line: e.value })}</td>
                <td className="import-errors__value">{e.reason === 'duplicateInFile' ? '' : e.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > errors.length ? (
        <p className="muted">{t('directory.import.moreErrors', { count: total - errors.length })}</p>
      ) : null}
    </section>
  );
}
