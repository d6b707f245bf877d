import type { ChannelName } from '../../../../contract/channels';
import { AppFailure } from '../../../../contract/errors';
import { SUPERVISOR_INSTALLATION_CHANNELS, isSupervisorOnlyChannel } from '../../../../contract/installationChannels';
import { SUPERVISOR_INSTALLATION_ROLES } from '../../../../contract/installationKind';
import type { OpenVault } from '../../../vault/vault';
import { installationKindOf } from './installation';

const ALLOWED: ReadonlySet<string> = new Set(SUPERVISOR_INSTALLATION_CHANNELS);
const ROLES: ReadonlySet<string> = new Set(SUPERVISOR_INSTALLATION_ROLES);

/**
 * Checked by dispatch for every call while someone is signed in, before roles and input: a supervisor installation
 * answers only the listed channels (it holds no client records, so none of their channels may run there, not even
 * to find nothing).
 * Before sign-in only public channels are reachable, and each is on the list.
 */
export function checkInstallation(open: OpenVault | null, channel: ChannelName): void {
  if (!open) return;
  const kind = installationKindOf(open.db);
  if (kind === 'supervisor' && !ALLOWED.has(channel))
    throw new AppFailure('SUPERVISOR_INSTALLATION', 'a supervising department installation holds no such records');
}

/**
 * After roles and validation: a facility's installation refuses the supervisor's channels (they hold no client
 * record, so the usual refusals come first there, as for any channel), and accounts on a supervisor installation
 * hold only the admin and supervisor roles.
 */
export function checkInstallationInput(open: OpenVault | null, channel: ChannelName, input: unknown): void {
  if (!open) return;
  const kind = installationKindOf(open.db);
  if (kind === 'facility' && isSupervisorOnlyChannel(channel))
    throw new AppFailure('NOT_SUPERVISOR_INSTALLATION', 'only a supervising department installation imports bundles');
  if (channel !== 'accounts:create' && channel !== 'accounts:update') return;
  if (kind !== 'supervisor') return;
  const roles = (input as { roles: readonly string[] }).roles;
  if (roles.some((r) => !ROLES.has(r)))
    throw new AppFailure('SUPERVISOR_ROLES_ONLY', 'accounts here are admins and supervisors only', {
      reasons: roles.filter((r) => !ROLES.has(r)),
    });
}
