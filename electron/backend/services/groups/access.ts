import { AppFailure } from '../../../contract/errors';
import type { Role } from '../../../contract/roles';
import { type GroupListRow, findGroup, isFacilitatorOf } from '../../db/repos/groupsRepo';
import type { OpenVault } from '../../vault/vault';

/**
 * Who may do what with one group (contract/groupChannels.ts). The decision for psychologists:
 * the issue says they see "groups of their clients", but the app has no client ownership (every
 * psychologist sees every client), so a psychologist reads every group and changes none unless
 * they also facilitate it. Admins read every group and manage its details; what happens inside a
 * session is written only by its group's facilitators. Supervisors are stopped by the channels'
 * roles before reaching here.
 */
export type GroupAccess = {
  group: GroupListRow;
  /** May read the group and everything in it. */
  read: boolean;
  /** May change the group's details, status and facilitators. */
  manage: boolean;
  /** Facilitates the group: records members, sessions, grids, notes and drawings. */
  record: boolean;
};

export const rolesOf = (open: OpenVault): Role[] => JSON.parse(open.account.roles) as Role[];

/** True when the account reads groups only as a facilitator (neither psychologist nor admin). */
export function facilitatorOnly(open: OpenVault): boolean {
  const roles = rolesOf(open);
  return !roles.includes('psychologist') && !roles.includes('admin');
}

/** The caller's access to the group; `listed` says whether the caller is among its facilitators, when already loaded. */
export function accessTo(open: OpenVault, group: GroupListRow, listed?: boolean): GroupAccess {
  const roles = rolesOf(open);
  const record = roles.includes('facilitator') && (listed ?? isFacilitatorOf(open.db, group.id, open.account.id));
  const admin = roles.includes('admin');
  return { group, record, manage: record || admin, read: record || admin || roles.includes('psychologist') };
}

/**
 * The group, for a caller who may read it. A group the caller may not read answers NOT_FOUND, so
 * a facilitator cannot learn which other groups exist.
 */
export function requireReadable(open: OpenVault, groupId: string): GroupAccess {
  const group = findGroup(open.db, groupId);
  const access = group ? accessTo(open, group) : undefined;
  if (!access?.read) throw new AppFailure('NOT_FOUND', 'no such group');
  return access;
}

export function requireManageable(open: OpenVault, groupId: string): GroupAccess {
  const access = requireReadable(open, groupId);
  if (!access.manage) throw new AppFailure('FORBIDDEN', 'only its facilitators or an admin change a group', { reasons: ['notFacilitator'] });
  return access;
}

/** Refuses a caller who does not facilitate the group. */
export function requireRecording(access: GroupAccess): GroupAccess {
  if (!access.record) throw new AppFailure('FORBIDDEN', "only the group's facilitators record in it", { reasons: ['notFacilitator'] });
  return access;
}

export function requireRecorder(open: OpenVault, groupId: string): GroupAccess {
  return requireRecording(requireReadable(open, groupId));
}

/** A group that still takes members, sessions and changes. */
export function requireNotFinished(access: GroupAccess): void {
  if (access.group.status === 'finished') throw new AppFailure('GROUP_FINISHED', 'the group is finished');
}
