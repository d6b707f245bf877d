import { useTranslation } from 'react-i18next';
import { LEGAL_STATUSES } from '../../../electron/contract/clientChannels';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { ALL, type ClientListFilters, NO_FILTERS } from './listFilters';

type Props = { value: ClientListFilters; units: string[]; onChange: (value: ClientListFilters) => void };

/** Search text and the three filters; any change goes back to the first page. */
export function ClientFilters({ value, units, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ClientListFilters>) => onChange({ ...value, ...patch, offset: 0 });
  return (
    <fieldset className="filters">
      <legend className="filters__legend">{t('clients.list.filters')}</legend>
      <TextField
        type="search"
        label={t('clients.list.search')}
        description={t('clients.list.searchHelp')}
        value={value.query}
        onChange={(query) => set({ query })}
        autoComplete="off"
        spellCheck="false"
        className="filters__search"
      />
      <Select
        label={t('clients.fields.unit')}
        value={value.unit}
        onChange={(unit) => set({ unit })}
        options={[{ id: ALL, label: t('clients.list.allUnits') }, ...units.map((u) => ({ id: u, label: u }))]}
      />
      <Select<ClientListFilters['legalStatus']>
        label={t('clients.legal.status')}
        value={value.legalStatus}
        onChange={(legalStatus) => set({ legalStatus })}
        options={[
          { id: ALL, label: t('clients.list.any') },
          ...LEGAL_STATUSES.map((s) => ({ id: s, label: t(`clients.legalStatuses.${s}`) })),
          { id: 'none', label: t('clients.notRecorded') },
        ]}
      />
      <Select<ClientListFilters['consent']>
        label={t('clients.consent.title')}
        value={value.consent}
        onChange={(consent) => set({ consent })}
        options={[
          { id: ALL, label: t('clients.list.any') },
          { id: 'in-force', label: t('clients.consent.inForce') },
          { id: 'none', label: t('clients.consent.noneInForce') },
        ]}
      />
      <Button variant="quiet" className="filters__clear" onPress={() => onChange(NO_FILTERS)}>
        {t('clients.list.clearFilters')}
      </Button>
    </fieldset>
  );
}
