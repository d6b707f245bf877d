import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { ClientMood, groupChannels } from '../../../contract/groupChannels';
import type { ClientMode } from '../../../contract/schemas';
import { type MemberRow, findMember } from '../../db/repos/groupsRepo';
import { type StoredAttendance, findAttendance, upsertAttendance } from '../../db/repos/groupSessionsRepo';
import type { SignedInContext } from '../signedIn';
import { enrolledOn, moodSource, requireRecordableSession, requireUnsigned } from './sessionsService';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/**
 * A member enters their own mood before and after a session (issue 6, item 3), in client mode of
 * kind 'groupMood': the facilitator hands the screen over for one member of one session, and
 * services/clientMode/clientModeGate.ts lets through only the two channels below, for that member
 * and session. The member sees their alias and their scores, never the code, notes or anyone
 * else's line.
 */

function requireMemberOfSession(s: SignedInContext, sessionId: string, memberId: string): { member: MemberRow; groupId: string } {
  const { session } = requireRecordableSession(s, sessionId);
  // A signed session takes no more scores, from the facilitator or the member.
  requireUnsigned(session);
  const member = findMember(s.db, memberId);
  if (member?.group_id !== session.group_id || !enrolledOn(member, session.date)) {
    throw new AppFailure('NOT_FOUND', 'no such member in this session');
  }
  return { member, groupId: session.group_id };
}

/** The member, when the screen is in mood client mode for exactly this member and session. */
function requireMoodClientMode(s: SignedInContext, sessionId: string, memberId: string): { member: MemberRow; groupId: string } {
  const target = s.state.clientMode?.target;
  if (target?.kind !== 'groupMood' || target.sessionId !== sessionId || target.memberId !== memberId) {
    // Keeps the facilitator from typing scores that would be recorded as the member's own.
    throw new AppFailure('CLIENT_MODE', "only while the member has the screen for this session's mood");
  }
  return requireMemberOfSession(s, sessionId, memberId);
}

function view(sessionId: string, member: MemberRow, r: StoredAttendance | undefined): ClientMood {
  return {
    sessionId,
    memberId: member.id,
    alias: member.alias,
    language: member.language,
    moodBefore: r?.mood_before ?? null,
    moodAfter: r?.mood_after ?? null,
  };
}

/** Client mode for one member's mood entry in a session they are enrolled in (services/clientMode/clientModeService.ts enters it). */
export function moodClientModeTarget(s: SignedInContext, request: { sessionId: string; memberId: string }): ClientMode {
  requireMemberOfSession(s, request.sessionId, request.memberId);
  return { kind: 'groupMood', sessionId: request.sessionId, memberId: request.memberId };
}

export function clientMood(s: SignedInContext, input: Input<'groupSessions:clientMood'>): ClientMood {
  const { member } = requireMoodClientMode(s, input.sessionId, input.memberId);
  return view(input.sessionId, member, findAttendance(s.db, input.sessionId, member.id));
}

export function saveClientMood(s: SignedInContext, input: Input<'groupSessions:saveClientMood'>): ClientMood {
  const { member, groupId } = requireMoodClientMode(s, input.sessionId, input.memberId);
  const before = findAttendance(s.db, input.sessionId, member.id);
  const next: StoredAttendance = {
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
    s.db.transaction(() => {
      upsertAttendance(s.db, { ...next, updated_by: s.account.id, updated_at: s.nowIso() });
      s.audit(
        'groupSession.moodSelfEntered',
        { kind: 'groupSession', id: input.sessionId },
        { groupId, memberId: member.id, fields },
      );
    })();
  }
  return view(input.sessionId, member, next);
}
