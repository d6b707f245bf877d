import { AppFailure } from '../../../contract/errors';
import type { ClientMood } from '../../../contract/groupChannels';
import type { ClientMode } from '../../../contract/schemas';
import { type MemberRow, findMember } from '../../db/repos/groupsRepo';
import { type RecordRow, findRecord, upsertRecord } from '../../db/repos/groupSessionsRepo';
import type { OpenVault } from '../../vault/vault';
import { startClientMode } from '../clientMode';
import { nowIso, type ServiceContext, audit } from '../context';
import { enrolledOn, moodSource, requireRecordableSession, requireUnsigned } from './sessionsService';

/**
 * A member enters their own mood before and after a session (issue 6, item 3), in client mode of
 * kind 'groupMood': the facilitator hands the screen over for one member of one session, and
 * services/clientMode.ts lets through only the two channels below, for that member and session.
 * The member sees their alias and their scores, never the code, notes or anyone else's line.
 */

function requireMemberOfSession(open: OpenVault, sessionId: string, memberId: string): { member: MemberRow; groupId: string } {
  const { session } = requireRecordableSession(open, sessionId);
  // A signed session takes no more scores, from the facilitator or the member.
  requireUnsigned(session);
  const member = findMember(open.db, memberId);
  if (member?.group_id !== session.group_id || !enrolledOn(member, session.date)) {
    throw new AppFailure('NOT_FOUND', 'no such member in this session');
  }
  return { member, groupId: session.group_id };
}

/** The member, when the screen is in mood client mode for exactly this member and session. */
function requireMoodClientMode(open: OpenVault, sessionId: string, memberId: string): { member: MemberRow; groupId: string } {
  const target = open.drawing?.clientMode?.target;
  if (target?.kind !== 'groupMood' || target.sessionId !== sessionId || target.memberId !== memberId) {
    // Keeps the facilitator from typing scores that would be recorded as the member's own.
    throw new AppFailure('CLIENT_MODE', "only while the member has the screen for this session's mood");
  }
  return requireMemberOfSession(open, sessionId, memberId);
}

function view(sessionId: string, member: MemberRow, r: RecordRow | undefined): ClientMood {
  return { sessionId, memberId: member.id, alias: member.alias, language: member.language, moodBefore: r?.mood_before ?? null, moodAfter: r?.mood_after ?? null };
}

export function enterMoodClientMode(ctx: ServiceContext, input: { sessionId: string; memberId: string }): ClientMode {
  const open = ctx.vault.session();
  requireMemberOfSession(open, input.sessionId, input.memberId);
  return startClientMode(ctx, { kind: 'groupMood', sessionId: input.sessionId, memberId: input.memberId });
}

export function clientMood(ctx: ServiceContext, input: { sessionId: string; memberId: string }): ClientMood {
  const open = ctx.vault.session();
  const { member } = requireMoodClientMode(open, input.sessionId, input.memberId);
  return view(input.sessionId, member, findRecord(open.db, input.sessionId, member.id));
}

export function saveClientMood(
  ctx: ServiceContext,
  input: { sessionId: string; memberId: string; moodBefore: number | null; moodAfter: number | null },
): ClientMood {
  const open = ctx.vault.session();
  const { member, groupId } = requireMoodClientMode(open, input.sessionId, input.memberId);
  const before = findRecord(open.db, input.sessionId, member.id);
  const next: RecordRow = {
    session_id: input.sessionId,
    member_id: member.id,
    attendance: before?.attendance ?? null,
    participation: before?.participation ?? null,
    note: before?.note ?? '',
    mood_before: input.moodBefore,
    mood_before_by: moodSource(before?.mood_before ?? null, before?.mood_before_by ?? null, input.moodBefore, 'member'),
    mood_after: input.moodAfter,
    mood_after_by: moodSource(before?.mood_after ?? null, before?.mood_after_by ?? null, input.moodAfter, 'member'),
  };
  const fields = [
    ...(next.mood_before !== (before?.mood_before ?? null) ? ['moodBefore'] : []),
    ...(next.mood_after !== (before?.mood_after ?? null) ? ['moodAfter'] : []),
  ];
  if (fields.length > 0) {
    open.db.transaction(() => {
      upsertRecord(open.db, { ...next, updated_by: open.account.id, updated_at: nowIso(ctx) });
      audit(ctx, open.db, {
        actorId: open.account.id,
        action: 'groupSession.moodSelfEntered',
        targetKind: 'groupSession',
        targetId: input.sessionId,
        details: { groupId, memberId: member.id, fields },
      });
    })();
  }
  return view(input.sessionId, member, next);
}
