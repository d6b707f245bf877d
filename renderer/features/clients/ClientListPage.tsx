import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { ClientFilters } from './ClientFilters';
import { ClientTable } from './ClientTable';
import { type ClientListFilters, NO_FILTERS, PAGE_SIZE, searchInput } from './listFilters';
import { QuickOpen } from './QuickOpen';
import { LegalStatusMappingNotice } from '../legalStatus/LegalStatusMappingNotice';
import { useDebounced } from '../../hooks/useDebounced';
import { useLoaded } from '../../hooks/useLoaded';

type Props = {
  filters: ClientListFilters;
  onFiltersChange: (filters: ClientListFilters) => void;
  onOpen: (clientId: string) => void;
  onNew: () => void;
};

/** Typing pauses this long before the list is searched. */
const SEARCH_DELAY_MS = 250;

/** Clients: quick open by code, search and filters, the list most recently changed first, paged. */
export function ClientListPage({ filters, onFiltersChange, onOpen, onNew }: Props) {
  const { t } = useTranslation();
  const [units, setUnits] = useState<string[]>([]);
  // Raised when the one-time legal status mapping is answered, so the list shows the new statuses.
  const [mappedTimes, setMappedTimes] = useState(0);
  const query = useDebounced(filters.query, SEARCH_DELAY_MS);
  const { unit, legalStatus, consent, offset } = filters;

  useEffect(() => {
    void call('clients:units', {}).then((result) => result.ok && setUnits(result.value));
  }, []);

  const { value: page, error } = useLoaded(
    useCallback(
      () => call('clients:search', searchInput({ query, unit, legalStatus, consent, offset })),
      // eslint-disable-next-line react-hooks/exhaustive-deps -- mappedTimes: reload after the mapping
      [query, unit, legalStatus, consent, offset, mappedTimes],
    ),
  );

  const total = page?.total ?? 0;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + PAGE_SIZE, total);
  const filtered = JSON.stringify({ ...filters, offset: 0 }) !== JSON.stringify(NO_FILTERS);

  return (
    <>
      <div className="page-header">
        <PageTitle>{t('clients.title')}</PageTitle>
        <Button variant="primary" onPress={onNew}>
          {t('clients.new.button')}
        </Button>
      </div>
      <p className="lead">{t('clients.list.intro')}</p>
      <LegalStatusMappingNotice onMapped={() => setMappedTimes((n) => n + 1)} />
      <QuickOpen onOpen={onOpen} />
      <ClientFilters value={filters} units={units} onChange={onFiltersChange} />
      <FormError error={error} />
      {page === null ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : page.rows.length === 0 ? (
        <p className="empty">{filtered ? t('clients.list.noMatch') : t('clients.list.empty')}</p>
      ) : (
        <ClientTable rows={page.rows} onOpen={onOpen} />
      )}
      <div className="pager">
        <p className="pager__status" role="status">
          {t('clients.list.range', { first, last, total })}
        </p>
        <Button
          isDisabled={offset === 0}
          onPress={() => onFiltersChange({ ...filters, offset: Math.max(0, offset - PAGE_SIZE) })}
        >
          {t('clients.list.previous')}
        </Button>
        <Button
          isDisabled={offset + PAGE_SIZE >= total}
          onPress={() => onFiltersChange({ ...filters, offset: offset + PAGE_SIZE })}
        >
          {t('clients.list.next')}
        </Button>
      </div>
    </>
  );
}
