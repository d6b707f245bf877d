import type { DateValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type Account, type AuditAction } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { Select } from '../../components/Select';

/** 'all' is the no-filter choice of both lists (ids are hex, actions contain a dot: no clash). */
export const ALL = 'all';
export type AuditFilterValues = {
  from: DateValue | null;
  to: DateValue | null;
  actorId: string;
  action: AuditAction | typeof ALL;
};
export const NO_FILTERS: AuditFilterValues = { from: null, to: null, actorId: ALL, action: ALL };

type Props = { value: AuditFilterValues; accounts: Account[]; onChange: (value: AuditFilterValues) => void };

/** Date range, account and action; every change applies at once. */
export function AuditFilters({ value, accounts, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="filters">
      <legend className="filters__legend">{t('audit.filters')}</legend>
      <DateField label={t('audit.from')} value={value.from} onChange={(from) => set({ from })} />
      <DateField label={t('audit.to')} value={value.to} onChange={(to) => set({ to })} />
      <Select
        label={t('audit.account')}
        value={value.actorId}
        onChange={(actorId) => set({ actorId })}
        options={[
          { id: ALL, label: t('audit.allAccounts') },
          ...accounts.map((a) => ({ id: a.id, label: `${a.fullName} (${a.username})` })),
        ]}
      />
      <Select<AuditAction | typeof ALL>
        label={t('audit.action')}
        value={value.action}
        onChange={(action) => set({ action })}
        options={[
          { id: ALL, label: t('audit.allActions') },
          ...AUDIT_ACTIONS.map((a) => ({ id: a, label: t(`audit.actions.${a}`) })),
        ]}
      />
      <Button variant="quiet" className="filters__clear" onPress={() => onChange(NO_FILTERS)}>
        {t('audit.clearFilters')}
      </Button>
    </fieldset>
  );
}
