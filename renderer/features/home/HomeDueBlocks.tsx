import { useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomePlace } from '../../../electron/contract/homeChannels';
import type { Role } from '../../../electron/contract/roles';
import { call } from '../../api';
import { FormError } from '../../components/FormError';
import { useLoaded } from '../../hooks/useLoaded';
import { AreaStateContext } from '../shell/areaState';
import type { Route } from '../shell/routes';
import { AdminDue } from './AdminDue';
import { FacilitatorDue } from './FacilitatorDue';
import { PsychologistDue } from './PsychologistDue';
import { openPlace } from './openPlace';
import './home.css';

const ROLES_WITH_DUE: readonly Role[] = ['psychologist', 'facilitator', 'admin'];

/**
 * What is due today, one block per role the person holds (issue 17 §6). Read once each time Home opens, so
 * what was done elsewhere is gone when the person comes back. A supervisor has no block: nothing of a
 * facility's records is theirs to follow.
 */
export function HomeDueBlocks({ roles, onNavigate }: { roles: readonly Role[]; onNavigate: (route: Route) => void }) {
  return roles.some((role) => ROLES_WITH_DUE.includes(role)) ? <DueBlocks onNavigate={onNavigate} /> : null;
}

function DueBlocks({ onNavigate }: { onNavigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const store = useContext(AreaStateContext);
  const due = useLoaded(useCallback(() => call('home:due', {}), []));
  // The store and the clock are read at the moment of the click: the area mounts next and reads its place.
  const open = (place: HomePlace) => onNavigate(openPlace(place, store, Date.now()));
  if (due.value === null) return due.error ? <FormError error={due.error} /> : <p aria-busy="true">{t('common.loading')}</p>;
  const { psychologist, facilitator, admin } = due.value;
  return (
    <>
      <FormError error={due.error} />
      {psychologist ? <PsychologistDue due={psychologist} onOpen={open} /> : null}
      {facilitator ? <FacilitatorDue due={facilitator} onOpen={open} /> : null}
      {admin ? <AdminDue due={admin} onOpen={open} /> : null}
    </>
  );
}
