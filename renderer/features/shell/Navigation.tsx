import { useTranslation } from 'react-i18next';
import type { Role } from '../../../electron/contract/roles';
import { Icon, type IconName } from '../../components/Icon';
import { ROUTE_ICONS, ROUTE_LABELS, type Route, SETTINGS_ROUTES, WORK_ROUTES, allowedHere, canOpen } from './routes';

type Props = {
  current: Route;
  roles: readonly Role[];
  onNavigate: (route: Route) => void;
  /** A supervising department's installation lists only its own areas (issue 15). */
  installationKind?: 'facility' | 'supervisor';
};

/**
 * The side navigation: only the areas this person may open. Native buttons, because the
 * current page is marked with aria-current, which react-aria's Button does not pass through.
 */
export function Navigation({ current, roles, onNavigate, installationKind = 'facility' }: Props) {
  const here = (route: Route) => canOpen(route, roles) && allowedHere(route, installationKind);
  // On a supervisor installation Trends are the combined ones, and say so.
  const label = (route: Route) =>
    installationKind === 'supervisor' && route === 'trends' ? 'supervisor.nav.trends' : (ROUTE_LABELS[route] ?? `nav.${route}`);
  const { t } = useTranslation();
  const item = (route: Route, icon?: IconName) => (
    <li key={route}>
      <button
        type="button"
        className="nav__item"
        aria-current={current === route ? 'page' : undefined}
        onClick={() => onNavigate(route)}
      >
        {icon ? <Icon name={icon} /> : null}
        {t(label(route))}
      </button>
    </li>
  );
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav__list">
        {allowedHere('home', installationKind) ? item('home', 'home') : null}
        {WORK_ROUTES.filter(here).map((route) => item(route, ROUTE_ICONS[route] ?? 'pencil'))}
      </ul>
      <h2 className="nav__heading" id="nav-settings">
        <Icon name="settings" />
        {t('nav.settings')}
      </h2>
      <ul className="nav__list" aria-labelledby="nav-settings">
        {SETTINGS_ROUTES.filter(here).map((route) => item(route))}
      </ul>
    </nav>
  );
}
