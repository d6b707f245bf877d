import type { Role } from '../../../electron/contract/roles';

/**
 * The areas that exist today. Clients, Groups and Trends are added here when they are built;
 * until then they are not shown at all (issue 2: "not shown, rather than shown broken").
 */
export const ROUTES = ['home', 'accounts', 'security', 'audit', 'language'] as const;
export type Route = (typeof ROUTES)[number];

/** Who may open an area; the backend checks the same roles on every channel anyway. */
export const ROUTE_ROLES: Partial<Record<Route, readonly Role[]>> = {
  accounts: ['admin'],
  audit: ['admin'],
};

export const SETTINGS_ROUTES: readonly Route[] = ['accounts', 'security', 'audit', 'language'];

export const canOpen = (route: Route, roles: readonly Role[]): boolean => {
  const allowed = ROUTE_ROLES[route];
  return !allowed || allowed.some((role) => roles.includes(role));
};
