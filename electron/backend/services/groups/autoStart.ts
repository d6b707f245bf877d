import { findGroup, setGroupStatus } from '../../db/repos/groupsRepo';
import type { SignedInContext } from '../signedIn';

/**
 * A planned group becomes "running" at its first held session (issue 12, item 7), without anyone
 * changing the status by hand: a session is held once an attendance mark is recorded in it or its
 * note is signed. Audited as the manual change is (group.statusChanged), marked automatic, with
 * the session that started it. Call inside the transaction that records the session.
 *
 * Groups from before this change that already have held sessions but still say "planned" are not
 * rewritten by a migration (an unaudited status change is what the audit trail must not have):
 * they become running at their next recorded session, or by hand as before.
 */
export function startAtFirstSession(s: SignedInContext, groupId: string, sessionId: string): void {
  const group = findGroup(s.db, groupId);
  if (group?.status !== 'planned') return;
  setGroupStatus(s.db, groupId, 'running', s.nowIso());
  s.audit('group.statusChanged', { kind: 'group', id: groupId }, { from: 'planned', to: 'running', automatic: true, sessionId });
}
