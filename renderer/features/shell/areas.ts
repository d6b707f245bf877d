import { lazyNamed } from './lazyNamed';

/**
 * Every area of the signed-in app, each loaded on first use (issue 18 §6). Konva comes with the
 * drawing screens, Chart.js with groups, a client's timeline and Trends, zxcvbn with the screens
 * that set a password: none of them with the sign-in screen.
 */
export const HomePage = lazyNamed(() => import('./HomePage'), 'HomePage');
export const ClientsArea = lazyNamed(() => import('../clients/ClientsArea'), 'ClientsArea');
export const GroupsPage = lazyNamed(() => import('../groups/GroupsPage'), 'GroupsPage');
export const DrawingsPage = lazyNamed(() => import('../drawing/DrawingsPage'), 'DrawingsPage');
export const InstrumentCatalogue = lazyNamed(() => import('../instruments/InstrumentCatalogue'), 'InstrumentCatalogue');
export const TrendsPage = lazyNamed(() => import('../trends/TrendsPage'), 'TrendsPage');
export const DirectoryArea = lazyNamed(() => import('../directory/DirectoryArea'), 'DirectoryArea');
export const AccountsPage = lazyNamed(() => import('../settings/AccountsPage'), 'AccountsPage');
export const SecurityPage = lazyNamed(() => import('../settings/SecurityPage'), 'SecurityPage');
export const BackupPage = lazyNamed(() => import('../backup/BackupPage'), 'BackupPage');
export const BundleExportPage = lazyNamed(() => import('../bundles/facility/BundleExportPage'), 'BundleExportPage');
export const AuditLogPage = lazyNamed(() => import('../settings/AuditLogPage'), 'AuditLogPage');
export const LanguagePage = lazyNamed(() => import('../settings/LanguagePage'), 'LanguagePage');
export const AboutPage = lazyNamed(() => import('../about/AboutPage'), 'AboutPage');
/** A supervising department's combined Trends and Bundles (issue 15), loaded only on such an installation. */
export const CombinedTrendsPage = lazyNamed(() => import('../bundles/supervisor/CombinedTrendsPage'), 'CombinedTrendsPage');
export const BundlesPage = lazyNamed(() => import('../bundles/supervisor/BundlesPage'), 'BundlesPage');
/** Client mode: the client's drawing, questionnaire or mood entry (ClientModeScreen). */
export const ClientModeScreen = lazyNamed(() => import('./ClientModeScreen'), 'ClientModeScreen');
