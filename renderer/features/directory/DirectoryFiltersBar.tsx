import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useKindText } from './kindText';
import { ALL, type DirectoryFilters, NO_FILTERS } from './listFilters';

type Props = { value: DirectoryFilters; cities: string[]; onChange: (value: DirectoryFilters) => void };

/** Search text and the filters by kind, city, language and archive; any change goes back to the first page. */
export function DirectoryFiltersBar({ value, cities, onChange }: Props) {
  const { t } = useTranslation();
  const { kindOptions } = useKindText();
  const set = (patch: Partial<DirectoryFilters>) => onChange({ ...value, ...patch, offset: 0 });
  return (
    <fieldset className="filters directory-filters">
      <legend className="filters__legend">{t('directory.list.filters')}</legend>
      <TextField
        type="search"
        label={t('directory.list.search')}
        description={t('directory.list.searchHelp')}
        value={value.query}
        onChange={(query) => set({ query })}
        autoComplete="off"
        spellCheck="false"
        className="filters__search"
      />
      <Select<DirectoryFilters['kind']>
        label={t('directory.fields.kind')}
        value={value.kind}
        onChange={(kind) => set({ kind })}
        options={[{ id: ALL, label: t('directory.list.allKinds') }, ...kindOptions]}
      />
      <Select
        label={t('directory.fields.city')}
        value={value.city}
        onChange={(city) => set({ city })}
        options={[{ id: ALL, label: t('directory.list.allCities') }, ...cities.map((c) => ({ id: c, label: c }))]}
      />
      <Select<DirectoryFilters['language']>
        label={t('directory.fields.languages')}
        value={value.language}
        onChange={(language) => set({ language })}
        options={[
          { id: ALL, label: t('directory.list.anyLanguage') },
          ...LANGUAGES.map((l) => ({ id: l, label: t(`directory.languages.${l}`) })),
        ]}
      />
      <Select<DirectoryFilters['archived']>
        label={t('directory.list.show')}
        value={value.archived}
        onChange={(archived) => set({ archived })}
        options={[
          { id: 'active', label: t('directory.list.active') },
          { id: 'archived', label: t('directory.list.archived') },
        ]}
      />
      <Button variant="quiet" className="filters__clear" onPress={() => onChange(NO_FILTERS)}>
        {t('directory.list.clearFilters')}
      </Button>
    </fieldset>
  );
}
