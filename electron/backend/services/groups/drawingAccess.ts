import { isFacilitatorOf } from '../../db/repos/groupsRepo';
import { drawingGroupId } from '../../db/repos/groupSessionsRepo';
import type { SignedInContext } from '../signedIn';

/**
 * Whether the signed-in account may touch a drawing at all. Psychologists may touch every drawing
 * (as before issue 6). An account that is a facilitator but not a psychologist may touch only
 * group drawings of groups it facilitates; the drawing channels are open to facilitators so they
 * can run a member's drawing in client mode, and this keeps every other drawing out of reach.
 */
export function mayTouchDrawing(s: SignedInContext, drawingId: string): boolean {
  if (s.hasRole('psychologist')) return true;
  if (!s.hasRole('facilitator')) return false;
  const groupId = drawingGroupId(s.db, drawingId);
  return groupId !== undefined && isFacilitatorOf(s.db, groupId, s.account.id);
}
