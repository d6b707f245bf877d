import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../electron/contract/schemas';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { endOfDayIso, startOfDayIso } from '../../components/DateField';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { useLoaded } from '../../hooks/useLoaded';
import { ALL, AuditFilters, type AuditFilterValues, NO_FILTERS } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyIntegrity } from './VerifyIntegrity';

const PAGE_SIZE = 25;

/** Settings → Audit log (admin): who did what and when, filtered and paged, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [accounts, setAccounts] = useState<Account[]>([]);

  useEffect(() => {
    void call('accounts:list', {}).then((result) => result.ok && setAccounts(result.value));
  }, []);

  const {
    value: page,
    error,
    reload,
  } = useLoaded(
    useCallback(() => {
      const query = {
        limit: PAGE_SIZE,
        offset,
        ...(filters.from ? { from: startOfDayIso(filters.from) } : {}),
        ...(filters.to ? { to: endOfDayIso(filters.to) } : {}),
        ...(filters.actorId !== ALL ? { actorId: filters.actorId } : {}),
        ...(filters.action !== ALL ? { action: filters.action } : {}),
      };
      return call('audit:list', query);
    }, [filters, offset]),
  );

  const changeFilters = (next: AuditFilterValues) => {
    setOffset(0);
    setFilters(next);
  };
  const total = page?.total ?? 0;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + PAGE_SIZE, total);

  return (
    <>
      <div className="page-header">
        <PageTitle>{t('audit.title')}</PageTitle>
        <VerifyIntegrity onVerified={reload} />
      </div>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFilters value={filters} accounts={accounts} onChange={changeFilters} />
      <FormError error={error} />
      {page ? <AuditTable entries={page.entries} accounts={accounts} /> : <p aria-busy="true">{t('common.loading')}</p>}
      <div className="pager">
        <p className="pager__status" role="status">
          {t('audit.range', { first, last, total })}
        </p>
        <Button isDisabled={offset === 0} onPress={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          {t('audit.previous')}
        </Button>
        <Button isDisabled={offset + PAGE_SIZE >= total} onPress={() => setOffset(offset + PAGE_SIZE)}>
          {t('audit.next')}
        </Button>
      </div>
    </>
  );
}
