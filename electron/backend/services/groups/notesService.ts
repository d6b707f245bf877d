import type { z } from 'zod';
import type { SessionNote, groupChannels } from '../../../contract/groupChannels';
import { AppFailure } from '../../../contract/errors';
import {
  findNote,
  insertAddendum,
  saveNoteDraft,
  signNote as signNoteRow,
  upsertAttendance,
} from '../../db/repos/groupSessionsRepo';
import type { SignedInContext } from '../signedIn';
import { requirePassword } from '../signing/passwordRetries';
import { recordNotSigned, recordSigned } from '../signing/signedRecord';
import { sealRecord } from '../signing/signedSeal';
import { startAtFirstSession } from './autoStart';
import { sessionNote } from './noteView';
import { attendanceMembers, emptyAttendance, requireRecordableSession } from './sessionsService';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/**
 * The group's note of a session (issue 6, item 3): a draft any of the group's facilitators edits,
 * signed with the signer's password and then read-only (here, and by the triggers of migrations
 * 0006 and 0007 for any other path), together with everything it attests: the attendance, the
 * facilitators, the drawings and their annotations; the signed content is sealed (signedSeal.ts).
 * Corrections are signed, dated addenda shown with the original. Audit rows never carry the text.
 */

/** The password re-entered at signing must open the signer's own key wrap; wrong ones are audited and slowed down. */
const requireSignerPassword = (s: SignedInContext, session: { id: string; group_id: string }, password: string): Promise<void> =>
  requirePassword(s, password, 'signing', {
    action: 'groupSession.signFailed',
    target: { kind: 'groupSession', id: session.id },
    details: { groupId: session.group_id },
  });

export function saveNote(s: SignedInContext, input: Input<'groupSessions:saveNote'>): SessionNote {
  const { session } = requireRecordableSession(s, input.sessionId);
  const note = findNote(s.db, session.id);
  if (note?.status === 'signed') throw recordSigned('groupSession', 'the session note is signed; add an addendum');
  if (note?.text !== input.text) {
    s.db.transaction(() => {
      saveNoteDraft(s.db, { session_id: session.id, text: input.text, updated_by: s.account.id, updated_at: s.nowIso() });
      s.audit('groupSession.noteSaved', { kind: 'groupSession', id: session.id }, { groupId: session.group_id });
    })();
  }
  return sessionNote(s, session.id);
}

export async function signNote(s: SignedInContext, input: Input<'groupSessions:signNote'>): Promise<SessionNote> {
  const { session } = requireRecordableSession(s, input.sessionId);
  const note = findNote(s.db, session.id);
  if (note?.status === 'signed') throw recordSigned('groupSession', 'the session note is already signed');
  if (!note || note.text.trim() === '') {
    throw new AppFailure('VALIDATION', 'an empty note cannot be signed', { issues: [{ path: 'text', message: 'empty' }] });
  }
  await requireSignerPassword(s, session, input.password);
  s.db.transaction(() => {
    const at = s.nowIso();
    // The signed attendance is its stored lines: a member listed without one gets an empty line
    // now, before the note is signed and migration 0007's triggers close the attendance.
    const { members, records } = attendanceMembers(s, session);
    for (const m of members) {
      if (!records.has(m.id))
        upsertAttendance(s.db, { ...emptyAttendance(session.id, m.id), updated_by: s.account.id, updated_at: at });
    }
    signNoteRow(s.db, session.id, s.account.id, at);
    sealRecord(s, 'groupSession', session.id);
    s.audit('groupSession.noteSigned', { kind: 'groupSession', id: session.id }, { groupId: session.group_id });
    startAtFirstSession(s, session.group_id, session.id);
  })();
  return sessionNote(s, session.id);
}

export async function addAddendum(s: SignedInContext, input: Input<'groupSessions:addAddendum'>): Promise<SessionNote> {
  const { session } = requireRecordableSession(s, input.sessionId);
  if (findNote(s.db, session.id)?.status !== 'signed') throw recordNotSigned('groupSession');
  await requireSignerPassword(s, session, input.password);
  const id = s.newId();
  s.db.transaction(() => {
    insertAddendum(s.db, { id, session_id: session.id, text: input.text, signed_by: s.account.id, signed_at: s.nowIso() });
    s.audit(
      'groupSession.addendumAdded',
      { kind: 'groupSession', id: session.id },
      { groupId: session.group_id, addendumId: id },
    );
  })();
  return sessionNote(s, session.id);
}
