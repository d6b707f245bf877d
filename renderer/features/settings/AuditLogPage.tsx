import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AuditEntry } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { endOfDayIso, startOfDayIso } from '../../components/DateField';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { ALL, AuditFilters, type AuditFilterValues, NO_FILTERS } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyIntegrity } from './VerifyIntegrity';

const PAGE_SIZE = 25;

/** Settings → Audit log (admin): who did what and when, filtered and paged, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ entries: AuditEntry[]; total: number } | null>(null);
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void call('accounts:list', {}).then((result) => result.ok && setAccounts(result.value));
  }, []);

  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const query = {
      limit: PAGE_SIZE,
      offset,
      ...(filters.from ? { from: startOfDayIso(filters.from) } : {}),
      ...(filters.to ? { to: endOfDayIso(filters.to) } : {}),
      ...(filters.actorId !== ALL ? { actorId: filters.actorId } : {}),
      ...(filters.action !== ALL ? { action: filters.action } : {}),
    };
    void call('audit:list', query).then((result) => {
      if (!live) return;
      setError(result.ok ? null : result.error);
      if (result.ok) setPage(result.value);
    });
    return () => {
      live = false;
    };
  }, [filters, offset, version]);

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
        <VerifyIntegrity onVerified={() => setVersion((v) => v + 1)} />
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
