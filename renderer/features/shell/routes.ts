import type { Role } from '../../../electron/contract/roles';
import type { IconName } from '../../components/iconPaths';

/** The areas that exist today (issue 2: an area is listed only once it is built, never shown broken). */
export const ROUTES = [
  'home',
  'clients',
  'groups',
  'drawings',
  'instruments',
  'trends',
  'accounts',
  'security',
  'backup',
  'audit',
  'language',
  'about',
] as const;
export type Route = (typeof ROUTES)[number];

/** Who may open an area; the backend checks the same roles on every channel anyway. */
export const ROUTE_ROLES: Partial<Record<Route, readonly Role[]>> = {
  // Facilitators see group members through Groups; supervisors never see a client (docs/DESIGN.md, Roles).
  clients: ['psychologist', 'admin'],
  // Facilitators run their groups; psychologists and admins read them (the backend decides per group). Never supervisors.
  groups: ['facilitator', 'psychologist', 'admin'],
  drawings: ['psychologist'],
  // The catalogue holds no client data; admins see it too, to know what the app offers.
  instruments: ['psychologist', 'admin'],
  // Aggregates only, suppressed below k (issue 14): the supervisors' area, and admins' and psychologists' for their facility.
  trends: ['supervisor', 'admin', 'psychologist'],
  accounts: ['admin'],
  // Backups and restore (issue 16).
  backup: ['admin'],
  audit: ['admin'],
};

/** About is open to every role: the version, SBOM and licences hold nothing about a client. */
export const SETTINGS_ROUTES: readonly Route[] = ['accounts', 'security', 'backup', 'audit', 'language', 'about'];

/** Work areas listed under Home, for the roles that may open them. */
export const WORK_ROUTES: readonly Route[] = ['clients', 'groups', 'drawings', 'instruments', 'trends'];

/** Labels of areas whose texts live in their feature's own i18n section (default `nav.<route>`). */
export const ROUTE_LABELS: Partial<Record<Route, string>> = {
  clients: 'clients.nav',
  groups: 'groups.nav',
  drawings: 'drawing.nav',
  instruments: 'instruments.nav',
  trends: 'trends.nav',
};

/** Icons of work areas (default: pencil). */
export const ROUTE_ICONS: Partial<Record<Route, IconName>> = {
  clients: 'person',
  groups: 'people',
  instruments: 'clipboard',
  trends: 'chart',
};

export const canOpen = (route: Route, roles: readonly Role[]): boolean => {
  const allowed = ROUTE_ROLES[route];
  return !allowed || allowed.some((role) => roles.includes(role));
};
