import type { ChannelName } from './channels';

/**
 * What a supervisor installation answers (issue 15 §3): signing in and one's own account, accounts, settings, the
 * audit log, backups and restore, the keys, and the supervisor's own channels. Nothing else: no channel that accepts
 * or returns a client record, a drawing, an assessment, a group or a facility's own Trends is reachable there; every
 * other channel is refused as SUPERVISOR_INSTALLATION before its input is read. A channel added later is refused
 * until it is listed here, so the list is the whole surface (tests/integration/supervisorInstallation.test.ts).
 */
export const SUPERVISOR_INSTALLATION_CHANNELS = [
  'vault:status',
  'vault:setup',
  'vault:openDataFolder',
  'vault:setLanguage',
  'vault:recover',
  'auth:signIn',
  'auth:lock',
  'auth:signOut',
  'auth:flushed',
  'auth:activity',
  'account:changePassword',
  'account:setLanguage',
  'accounts:list',
  'accounts:create',
  'accounts:update',
  'accounts:rename',
  'accounts:disable',
  'accounts:enable',
  'accounts:resetPassword',
  'settings:get',
  'settings:update',
  'audit:list',
  'audit:verify',
  'backup:status',
  'backup:configure',
  'backup:chooseFolder',
  'backup:run',
  'backup:job',
  'backup:failureSeen',
  'backup:verify',
  'restore:open',
  'restore:unlock',
  'restore:apply',
  'restore:cancel',
  'keys:prepareRecoveryKey',
  'keys:confirmRecoveryKey',
  'keys:prepareRotation',
  'keys:rotate',
  'keys:cancel',
  /** The combined tables' k: a setting, no record. */
  'trends:setK',
  'supervisor:identity',
  'supervisor:exportPublicKey',
  'supervisor:facilities',
  'supervisor:previewImport',
  'supervisor:startImport',
  'supervisor:importJob',
  'supervisor:cancelImport',
  'supervisor:trendsCatalogue',
  'supervisor:trendsView',
] as const satisfies readonly ChannelName[];

/** Channels only a supervisor installation answers (NOT_SUPERVISOR_INSTALLATION on a facility's). */
export const isSupervisorOnlyChannel = (channel: string): boolean => channel.startsWith('supervisor:');
