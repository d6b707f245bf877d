import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { groupChannels } from '../../../contract/groupChannels';
import { findMember } from '../../db/repos/groupsRepo';
import { createDrawing } from '../drawings/drawingsService';
import type { SignedInContext } from '../signedIn';
import { requireRecordableSession, requireUnsigned } from './sessionsService';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/**
 * Group drawings (issue 6, item 4): a member draws in a session on the ordinary canvas in client
 * mode; the drawing row carries the session and the member, nothing else differs.
 */

export function startGroupDrawing(s: SignedInContext, input: Input<'groupSessions:startDrawing'>): { id: string } {
  const { session } = requireRecordableSession(s, input.sessionId);
  requireUnsigned(session);
  const member = findMember(s.db, input.memberId);
  if (member?.group_id !== session.group_id) throw new AppFailure('NOT_FOUND', 'no such member in this group');
  return s.db.transaction(() => {
    const { id } = createDrawing(
      s,
      {
        orientation: input.orientation,
        instrumentId: input.instrumentId,
        pageId: input.pageId,
        pointerTypes: input.pointerTypes,
        screen: input.screen,
      },
      { groupSessionId: session.id, groupMemberId: member.id },
    );
    s.audit(
      'groupSession.drawingStarted',
      { kind: 'groupSession', id: session.id },
      { groupId: session.group_id, memberId: member.id, drawingId: id },
    );
    return { id };
  })();
}
