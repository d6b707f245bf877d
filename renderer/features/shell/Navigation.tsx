import { useTranslation } from 'react-i18next';
import type { Role } from '../../../electron/contract/roles';
import { Icon, type IconName } from '../../components/Icon';
import { ROUTE_ICONS, ROUTE_LABELS, type Route, SETTINGS_ROUTES, WORK_ROUTES, canOpen } from './routes';

type Props = { current: Route; roles: readonly Role[]; onNavigate: (route: Route) => void };

/**
 * The side navigation: only the areas this person may open. Native buttons, because the
 * current page is marked with aria-current, which react-aria's Button does not pass through.
 */
export function Navigation({ current, roles, onNavigate }: Props) {
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
        {t(ROUTE_LABELS[route] ?? `nav.${route}`)}
      </button>
    </li>
  );
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav__list">
        {item('home', 'home')}
        {WORK_ROUTES.filter((route) => canOpen(route, roles)).map((route) => item(route, ROUTE_ICONS[route] ?? 'pencil'))}
      </ul>
      <h2 className="nav__heading" id="nav-settings">
        <Icon name="settings" />
        {t('nav.settings')}
      </h2>
      <ul className="nav__list" aria-labelledby="nav-settings">
        {SETTINGS_ROUTES.filter((route) => canOpen(route, roles)).map((route) => item(route))}
      </ul>
    </nav>
  );
}
