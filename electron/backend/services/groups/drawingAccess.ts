import type { Role } from '../../../contract/roles';
import { isFacilitatorOf } from '../../db/repos/groupsRepo';
import { drawingGroupId } from '../../db/repos/groupSessionsRepo';
import type { OpenVault } from '../../vault/vault';

/**
 * Whether the signed-in account may touch a drawing at all. Psychologists may touch every drawing
 * (as before issue 6). An account that is a facilitator but not a psychologist may touch only
 * group drawings of groups it facilitates; the drawing channels are open to facilitators so they
 * can run a member's drawing in client mode, and this keeps every other drawing out of reach.
 */
export function mayTouchDrawing(open: OpenVault, drawingId: string): boolean {
  const roles = JSON.parse(open.account.roles) as Role[];
  if (roles.includes('psychologist')) return true;
  if (!roles.includes('facilitator')) return false;
  const groupId = drawingGroupId(open.db, drawingId);
  return groupId !== undefined && isFacilitatorOf(open.db, groupId, open.account.id);
}
