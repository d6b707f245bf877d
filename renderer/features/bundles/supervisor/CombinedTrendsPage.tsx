import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/format';
import type { CombinedCatalogue, CombinedView, CombinedViewInput } from '../../../../electron/contract/supervisorChannels';
import { call } from '../../../api';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { useLoaded } from '../../../hooks/useLoaded';
import { useAreaState } from '../../shell/areaState';
import { useSignedIn } from '../../vault/VaultContext';
import { TrendsResult } from '../../trends/TrendsResult';
import { TrendsThreshold } from '../../trends/TrendsThreshold';
import '../../trends/trends.css';
import { CombinedControls } from './CombinedControls';
import { type CombinedChoice, asTrendsView, combinedInput, defaultCombinedChoice, normaliseCombined } from './combinedModel';

/**
 * Combined Trends of a supervising department (issue 15 §3): the facilities' bundles summed, by period and one
 * breakdown — the facility and its region among them — every small count hidden by the backend over the combined
 * linked set. The tables and charts are the Trends screen's own.
 */
export function CombinedTrendsPage() {
  const { t } = useTranslation();
  const { account } = useSignedIn();
  const catalogue = useLoaded(useCallback(() => call('supervisor:trendsCatalogue', {}), []));
  return (
    <>
      <PageTitle>{t('supervisor.trends.title')}</PageTitle>
      <p className="lead">{t('supervisor.trends.intro')}</p>
      <FormError error={catalogue.error} />
      {catalogue.value ? (
        <CombinedArea catalogue={catalogue.value} isAdmin={account.roles.includes('admin')} onKChanged={catalogue.reload} />
      ) : (
        <p aria-busy="true">{t('common.loading')}</p>
      )}
    </>
  );
}

function CombinedArea({
  catalogue,
  isAdmin,
  onKChanged,
}: {
  catalogue: CombinedCatalogue;
  isAdmin: boolean;
  onKChanged: () => void;
}) {
  const { t } = useTranslation();
  const [stored, setStored] = useAreaState<CombinedChoice | null>('supervisor:trendsChoice', null);
  const choice = normaliseCombined(catalogue, stored ?? defaultCombinedChoice(catalogue));
  const key = JSON.stringify(combinedInput(choice));
  const view = useLoaded(
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the input's content and the k in force
    useCallback(() => call('supervisor:trendsView', JSON.parse(key) as CombinedViewInput), [key, catalogue.k]),
  );
  if (catalogue.facilities === 0) {
    return (
      <p className="notice notice--info" data-testid="combined-empty">
        {t('supervisor.trends.noFacilities')}
      </p>
    );
  }
  return (
    <>
      <CombinedControls catalogue={catalogue} choice={choice} onChange={setStored} />
      <FormError error={view.error} />
      {view.value ? <CombinedResult view={view.value} loading={view.loading} /> : <p aria-busy="true">{t('common.loading')}</p>}
      {isAdmin ? <TrendsThreshold key={catalogue.k} k={catalogue.k} onChanged={onKChanged} /> : null}
    </>
  );
}

/** The combined view as the Trends screen shows a view, with how many facilities it sums and what that means. */
function CombinedResult({ view: combined, loading }: { view: CombinedView; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const view = useMemo(() => asTrendsView(combined, language), [combined, language]);
  return (
    <TrendsResult
      view={view}
      loading={loading}
      idPrefix="combined"
      unitLine={
        <p className="trends-result__unit">{t('supervisor.trends.facilitiesCombined', { count: combined.facilities })}</p>
      }
      notes={<p>{t('supervisor.trends.combinedNote')}</p>}
      distinctPeopleNote={false}
    />
  );
}
