import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendsCatalogue } from '../../../electron/contract/trendsChannels';
import { call } from '../../api';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { useLoaded } from '../../hooks/useLoaded';
import { useAreaState } from '../shell/areaState';
import { useSignedIn } from '../vault/VaultContext';
import { type TrendsChoice, defaultChoice, normalise, viewInput } from './model/choice';
import { TrendsControls } from './TrendsControls';
import { TrendsExport } from './TrendsExport';
import { TrendsResult } from './TrendsResult';
import { TrendsThreshold } from './TrendsThreshold';
import { DeidentifiedExportPanel } from './export/DeidentifiedExportPanel';
import './trends.css';

/**
 * Trends (issue 14 §1): the facility's figures by fixed period buckets and at most one fixed breakdown,
 * each table with its chart, every small count hidden by the backend and shown as "<k" with its
 * explanation. Supervisors, admins and psychologists; nothing here is about one person.
 */
export function TrendsPage() {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const catalogue = useLoaded(useCallback(() => call('trends:catalogue', {}), []));
  return (
    <>
      <PageTitle>{t('trends.title')}</PageTitle>
      <p className="lead">{t('trends.intro')}</p>
      <FormError error={catalogue.error} />
      {catalogue.value ? (
        <TrendsArea catalogue={catalogue.value} isAdmin={account.roles.includes('admin')} onKChanged={catalogue.reload} />
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </>
  );
}

function TrendsArea({
  catalogue,
  isAdmin,
  onKChanged,
}: {
  catalogue: TrendsCatalogue;
  isAdmin: boolean;
  onKChanged: () => void;
}) {
  const { t } = useTranslation();
  const [stored, setStored] = useAreaState<TrendsChoice | null>('trends:choice', null);
  const choice = normalise(catalogue, stored ?? defaultChoice(catalogue));
  // The request is keyed by its content, so an equal choice does not ask again; a new k (catalogue) does.
  const key = JSON.stringify(viewInput(choice));
  const view = useLoaded(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the input's content and the k in force
    useCallback(() => call('trends:view', JSON.parse(key) as ReturnType<typeof viewInput>), [key, catalogue.k]),
  );

  return (
    <>
      <TrendsControls catalogue={catalogue} choice={choice} onChange={setStored} />
      <FormError error={view.error} />
      {view.value ? (
        <TrendsResult
          view={view.value}
          loading={view.loading}
          idPrefix="trends"
          footer={
            <TrendsExport
              key={JSON.stringify([
                view.value.measure,
                view.value.instrumentId,
                view.value.metric,
                view.value.granularity,
                view.value.year,
                view.value.by,
              ])}
              input={{
                measure: view.value.measure,
                ...(view.value.instrumentId ? { instrumentId: view.value.instrumentId } : {}),
                ...(view.value.metric ? { metric: view.value.metric } : {}),
                granularity: view.value.granularity,
                year: view.value.year,
                by: view.value.by,
              }}
            />
          }
        />
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
      {isAdmin ? <TrendsThreshold key={catalogue.k} k={catalogue.k} onChanged={onKChanged} /> : null}
      {isAdmin ? <DeidentifiedExportPanel /> : null}
    </>
  );
}
