import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { groupChannels } from '../../../contract/groupChannels';
import { findMember } from '../../db/repos/groupsRepo';
import { type ServiceContext, audit } from '../context';
import { createDrawing } from '../drawingsService';
import { requireRecordableSession, requireUnsigned } from './sessionsService';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/**
 * Group drawings (issue 6, item 4): a member draws in a session on the ordinary canvas in client
 * mode; the drawing row carries the session and the member, nothing else differs.
 */

export function startGroupDrawing(ctx: ServiceContext, input: Input<'groupSessions:startDrawing'>): { id: string } {
  const open = ctx.vault.session();
  const { session } = requireRecordableSession(open, input.sessionId);
  requireUnsigned(session);
  const member = findMember(open.db, input.memberId);
  if (member?.group_id !== session.group_id) throw new AppFailure('NOT_FOUND', 'no such member in this group');
  let id = '';
  open.db.transaction(() => {
    ({ id } = createDrawing(
      ctx,
      {
        orientation: input.orientation,
        instrumentId: input.instrumentId,
        pageId: input.pageId,
        pointerTypes: input.pointerTypes,
        screen: input.screen,
      },
      { groupSessionId: session.id, groupMemberId: member.id },
    ));
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'groupSession.drawingStarted',
      targetKind: 'groupSession',
      targetId: session.id,
      details: { groupId: session.group_id, memberId: member.id, drawingId: id },
    });
  })();
  return { id };
}
