import { useTranslation } from 'react-i18next';
import { type Language, formatDateTime } from '../../../../common/format';
import { regionName } from '../../../../common/regionText';
import type { BundleFacility } from '../../../../electron/contract/supervisorChannels';
import { periodLabel } from '../../../../common/trendsText';

/** The facilities this installation trusts, each with its key's fingerprint and the quarters it holds. */
export function FacilitiesTable({ facilities }: { facilities: readonly BundleFacility[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (facilities.length === 0) return <p className="notice notice--info">{t('supervisor.facilities.none')}</p>;
  const quarters = (q: readonly string[]) =>
    q.length === 0
      ? '—'
      : q.length === 1
        ? periodLabel(language, q[0]!)
        : `${periodLabel(language, q[0]!)} – ${periodLabel(language, q.at(-1)!)} (${q.length})`;
  return (
    <div className="supervisor-table-scroll">
      <table className="table supervisor-facilities" data-testid="supervisor-facilities">
        <caption className="visually-hidden">{t('supervisor.facilities.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('supervisor.facilities.name')}</th>
            <th scope="col">{t('supervisor.facilities.region')}</th>
            <th scope="col">{t('supervisor.facilities.fingerprint')}</th>
            <th scope="col">{t('supervisor.facilities.quarters')}</th>
            <th scope="col">{t('supervisor.facilities.sequence')}</th>
            <th scope="col">{t('supervisor.facilities.lastImport')}</th>
          </tr>
        </thead>
        <tbody>
          {facilities.map((f) => (
            <tr key={f.facilityId}>
              <th scope="row">{f.name}</th>
              <td>{f.region ? regionName(f.region, language) : '—'}</td>
              <td>
                <code className="mono">{f.fingerprint}</code>
              </td>
              <td>{quarters(f.quarters)}</td>
              <td>{f.lastSequence}</td>
              <td>{f.lastImportAt ? formatDateTime(language, new Date(f.lastImportAt), 'minutes') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
