import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../electron/contract/directoryChannels';
import { call } from '../../api';
import { FormError } from '../../components/FormError';
import { useLoaded } from '../../hooks/useLoaded';
import { useAreaState } from '../shell/areaState';
import { useSignedIn } from '../vault/VaultContext';
import { DirectoryListPage } from './DirectoryListPage';
import { type DirectoryFilters, NO_FILTERS } from './listFilters';
import { OrganisationFormPage } from './OrganisationFormPage';
import { OrganisationPage } from './OrganisationPage';
import './directory.css';

/** Where the person is in the Directory: the list, a new organisation, one organisation, or its edit form. */
type View =
  { kind: 'list' } | { kind: 'new' } | { kind: 'organisation'; id: string; visit: number } | { kind: 'edit'; id: string };

/**
 * The Directory area (issue 17 §1): list → organisation → edit. Kept in the shell's area store, so client
 * mode and a lock bring the person back to the same place. Facilitators read; admins and psychologists edit
 * (the backend checks the same roles on every channel).
 */
export function DirectoryArea() {
  const { account } = useSignedIn();
  const canEdit = account.roles.some((r) => r === 'admin' || r === 'psychologist');
  const [view, setView] = useAreaState<View>('directory:view', { kind: 'list' });
  const [filters, setFilters] = useAreaState<DirectoryFilters>('directory:filters', NO_FILTERS);
  const open = (id: string) => setView({ kind: 'organisation', id, visit: Date.now() });
  const toList = () => setView({ kind: 'list' });

  switch (view.kind) {
    case 'list':
      return (
        <DirectoryListPage
          filters={filters}
          onFiltersChange={setFilters}
          onOpen={open}
          onNew={() => setView({ kind: 'new' })}
          canEdit={canEdit}
        />
      );
    case 'new':
      return <OrganisationFormPage onSaved={(o) => open(o.id)} onCancel={toList} onOpenExisting={open} />;
    case 'organisation':
      return (
        <OrganisationPage
          key={view.visit}
          id={view.id}
          canEdit={canEdit}
          onBack={toList}
          onEdit={(o) => setView({ kind: 'edit', id: o.id })}
        />
      );
    case 'edit':
      return <EditOrganisation id={view.id} onSaved={(o) => open(o.id)} onCancel={() => open(view.id)} onOpenExisting={open} />;
  }
}

type EditProps = { id: string; onSaved: (o: Organisation) => void; onCancel: () => void; onOpenExisting: (id: string) => void };

/** The edit form over the organisation as stored now (read again, so a lock in between changes nothing). */
function EditOrganisation({ id, ...props }: EditProps) {
  const { t } = useTranslation();
  const loaded = useLoaded(useCallback(() => call('directory:get', { id }), [id]));
  if (loaded.error) return <FormError error={loaded.error} />;
  if (loaded.value === null) return <p aria-busy="true">{t('common.loading')}</p>;
  return <OrganisationFormPage organisation={loaded.value} {...props} />;
}
