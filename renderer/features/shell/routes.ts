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
  'directory',
  'bundleImport',
  'accounts',
  'security',
  'backup',
  'bundleExport',
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
  // A supervising department's bundles from facilities (issue 15): only on its own installation (allowedHere).
  bundleImport: ['admin', 'supervisor'],
  // The directory of organisations (issue 17 §1): admins and psychologists edit it, facilitators read it.
  directory: ['admin', 'psychologist', 'facilitator'],
  accounts: ['admin'],
  // Backups and restore (issue 16).
  backup: ['admin'],
  // The facility's bundles for its supervising department (issue 15): aggregates only, an admin's task.
  bundleExport: ['admin'],
  audit: ['admin'],
};

/** About is open to every role: the version, SBOM and licences hold nothing about a client. */
export const SETTINGS_ROUTES: readonly Route[] = ['accounts', 'security', 'backup', 'bundleExport', 'audit', 'language', 'about'];

/** Work areas listed under Home, for the roles that may open them. */
export const WORK_ROUTES: readonly Route[] = [
  'clients',
  'groups',
  'drawings',
  'instruments',
  'trends',
  'directory',
  'bundleImport',
];

/** Labels of areas whose texts live in their feature's own i18n section (default `nav.<route>`). */
export const ROUTE_LABELS: Partial<Record<Route, string>> = {
  clients: 'clients.nav',
  groups: 'groups.nav',
  drawings: 'drawing.nav',
  instruments: 'instruments.nav',
  trends: 'trends.nav',
  directory: 'directory.nav',
  bundleImport: 'supervisor.nav.bundles',
  bundleExport: 'bundles.nav',
};

/** Icons of work areas (default: pencil). */
export const ROUTE_ICONS: Partial<Record<Route, IconName>> = {
  clients: 'person',
  groups: 'people',
  instruments: 'clipboard',
  trends: 'chart',
  directory: 'building',
  bundleImport: 'clipboard',
};

export const canOpen = (route: Route, roles: readonly Role[]): boolean => {
  const allowed = ROUTE_ROLES[route];
  return !allowed || allowed.some((role) => roles.includes(role));
};

/**
 * What a supervising department's installation shows (issue 15): combined Trends, its bundles and the settings; no
 * client area, no Home (whose items are a facility's). A facility's installation shows everything but bundleImport.
 */
export const SUPERVISOR_INSTALLATION_ROUTES: readonly Route[] = [
  'trends',
  'bundleImport',
  'accounts',
  'security',
  'backup',
  'audit',
  'language',
  'about',
];
export const allowedHere = (route: Route, kind: 'facility' | 'supervisor'): boolean =>
  kind === 'supervisor' ? SUPERVISOR_INSTALLATION_ROUTES.includes(route) : route !== 'bundleImport';
