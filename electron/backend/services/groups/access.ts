import { AppFailure } from '../../../contract/errors';
import { type GroupListRow, findGroup, isFacilitatorOf } from '../../db/repos/groupsRepo';
import type { SignedInContext } from '../signedIn';

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
  /** Facilitates the group: records members, sessions, attendance, notes and drawings. */
  record: boolean;
};

/** True when the account reads groups only as a facilitator (neither psychologist nor admin). */
export function facilitatorOnly(s: SignedInContext): boolean {
  return !s.hasRole('psychologist') && !s.hasRole('admin');
}

/** The caller's access to the group; `listed` says whether the caller is among its facilitators, when already loaded. */
export function accessTo(s: SignedInContext, group: GroupListRow, listed?: boolean): GroupAccess {
  const record = s.hasRole('facilitator') && (listed ?? isFacilitatorOf(s.db, group.id, s.account.id));
  const admin = s.hasRole('admin');
  return { group, record, manage: record || admin, read: record || admin || s.hasRole('psychologist') };
}

/**
 * The group, for a caller who may read it. A group the caller may not read answers NOT_FOUND, so
 * a facilitator cannot learn which other groups exist.
 */
export function requireReadable(s: SignedInContext, groupId: string): GroupAccess {
  const group = findGroup(s.db, groupId);
  const access = group ? accessTo(s, group) : undefined;
  if (!access?.read) throw new AppFailure('NOT_FOUND', 'no such group');
  return access;
}

export function requireManageable(s: SignedInContext, groupId: string): GroupAccess {
  const access = requireReadable(s, groupId);
  if (!access.manage)
    throw new AppFailure('FORBIDDEN', 'only its facilitators or an admin change a group', { reasons: ['notFacilitator'] });
  return access;
}

/** Refuses a caller who does not facilitate the group. */
export function requireRecording(access: GroupAccess): GroupAccess {
  if (!access.record)
    throw new AppFailure('FORBIDDEN', "only the group's facilitators record in it", { reasons: ['notFacilitator'] });
  return access;
}

export function requireRecorder(s: SignedInContext, groupId: string): GroupAccess {
  return requireRecording(requireReadable(s, groupId));
}

/** A group that still takes members, sessions and changes. */
export function requireNotFinished(access: GroupAccess): void {
  if (access.group.status === 'finished') throw new AppFailure('GROUP_FINISHED', 'the group is finished');
}
