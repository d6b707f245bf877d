import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageTitle } from '../../components/Page';
import { useDebounced } from '../../hooks/useDebounced';
import { useLoaded } from '../../hooks/useLoaded';
import { DirectoryFiltersBar } from './DirectoryFiltersBar';
import { ImportDialog } from './ImportDialog';
import { type DirectoryFilters, NO_FILTERS, PAGE_SIZE, filterInput, searchInput } from './listFilters';
import { OrganisationTable } from './OrganisationTable';

type Props = {
  filters: DirectoryFilters;
  onFiltersChange: (filters: DirectoryFilters) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  canEdit: boolean;
};

/** Typing pauses this long before the list is searched. */
const SEARCH_DELAY_MS = 250;

/** The directory: search and filters, the list by name, paged; import and export of CSV files. */
export function DirectoryListPage({ filters, onFiltersChange, onOpen, onNew, canEdit }: Props) {
  const { t, i18n } = useTranslation();
  const [cities, setCities] = useState<string[]>([]);
  const [importing, setImporting] = useState(false);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const [exported, setExported] = useState<number | null>(null);
  const query = useDebounced(filters.query, SEARCH_DELAY_MS);
  const { kind, city, language, archived, offset } = filters;

  const loadCities = useCallback(() => {
    void call('directory:cities', {}).then((result) => result.ok && setCities(result.value));
  }, []);
  useEffect(loadCities, [loadCities]);

  const {
    value: page,
    error,
    reload,
  } = useLoaded(
    useCallback(
      () => call('directory:search', searchInput({ query, kind, city, language, archived, offset })),
      [query, kind, city, language, archived, offset],
    ),
  );

  const exportCsv = async () => {
    setExportError(null);
    setExported(null);
    const result = await call('directory:exportCsv', { filter: filterInput(filters), language: i18n.language as Language });
    if (!result.ok) return setExportError(result.error);
    if (result.value.saved) setExported(result.value.count);
  };

  const total = page?.total ?? 0;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + PAGE_SIZE, total);
  const filtered = JSON.stringify({ ...filters, offset: 0 }) !== JSON.stringify(NO_FILTERS);

  return (
    <>
      <div className="page-header">
        <PageTitle>{t('directory.title')}</PageTitle>
        <div className="directory-actions">
          {canEdit ? (
            <>
              <Button variant="primary" onPress={onNew}>
                {t('directory.new.button')}
              </Button>
              <Button onPress={() => setImporting(true)}>{t('directory.import.button')}</Button>
            </>
          ) : null}
          <Button onPress={() => void exportCsv()}>{t('directory.export.button')}</Button>
        </div>
      </div>
      <p className="lead">{canEdit ? t('directory.list.intro') : t('directory.list.introReadOnly')}</p>
      <FormError error={exportError} />
      {exported !== null ? (
        <div className="notice notice--success" role="status">
          <Icon name="check" className="notice__icon" />
          <div className="notice__body">
            <p>{t('directory.export.saved', { count: exported })}</p>
          </div>
        </div>
      ) : null}
      <DirectoryFiltersBar value={filters} cities={cities} onChange={onFiltersChange} />
      <FormError error={error} />
      {page === null ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : page.rows.length === 0 ? (
        <p className="empty">{filtered ? t('directory.list.noMatch') : t('directory.list.empty')}</p>
      ) : (
        <OrganisationTable rows={page.rows} onOpen={onOpen} />
      )}
      <div className="pager">
        <p className="pager__status" role="status">
          {t('directory.list.range', { first, last, total })}
        </p>
        <Button
          isDisabled={offset === 0}
          onPress={() => onFiltersChange({ ...filters, offset: Math.max(0, offset - PAGE_SIZE) })}
        >
          {t('directory.list.previous')}
        </Button>
        <Button
          isDisabled={offset + PAGE_SIZE >= total}
          onPress={() => onFiltersChange({ ...filters, offset: offset + PAGE_SIZE })}
        >
          {t('directory.list.next')}
        </Button>
      </div>
      {importing ? (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={() => {
            reload();
            loadCities();
          }}
        />
      ) : null}
    </>
  );
}
