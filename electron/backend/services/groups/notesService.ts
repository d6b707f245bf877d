import { AppFailure } from '../../../contract/errors';
import type { SessionNote } from '../../../contract/groupChannels';
import { findNote, insertAddendum, saveNoteDraft, signNote as signNoteRow, upsertRecord } from '../../db/repos/groupSessionsRepo';
import type { OpenVault } from '../../vault/vault';
import { newId } from '../../vault/wrap';
import { nowIso, type ServiceContext, audit } from '../context';
import { sealRecord } from '../signedSeal';
import { requireSigningPassword } from '../signingPassword';
import { sessionNote } from './noteView';
import { emptyRecord, gridMembers, requireRecordableSession } from './sessionsService';

/**
 * The group's note of a session (issue 6, item 3): a draft any of the group's facilitators edits,
 * signed with the signer's password and then read-only (here, and by the triggers of migrations
 * 0006 and 0007 for any other path), together with everything it attests: the grid, the
 * facilitators, the drawings and their annotations; the signed content is sealed (signedSeal.ts).
 * Corrections are signed, dated addenda shown with the original. Audit rows never carry the text.
 */

/** The password re-entered at signing must open the signer's own key wrap; wrong ones are audited and slowed down. */
const requirePassword = (ctx: ServiceContext, open: OpenVault, session: { id: string; group_id: string }, password: string): Promise<void> =>
  requireSigningPassword(ctx, open, password, {
    failedAction: 'groupSession.signFailed',
    targetKind: 'groupSession',
    targetId: session.id,
    details: { groupId: session.group_id },
  });

export function saveNote(ctx: ServiceContext, input: { sessionId: string; text: string }): SessionNote {
  const open = ctx.vault.session();
  const { session } = requireRecordableSession(open, input.sessionId);
  const note = findNote(open.db, session.id);
  if (note?.status === 'signed') throw new AppFailure('NOTE_SIGNED', 'the session note is signed; add an addendum');
  if (note?.text !== input.text) {
    open.db.transaction(() => {
      saveNoteDraft(open.db, { session_id: session.id, text: input.text, updated_by: open.account.id, updated_at: nowIso(ctx) });
      audit(ctx, open.db, {
        actorId: open.account.id,
        action: 'groupSession.noteSaved',
        targetKind: 'groupSession',
        targetId: session.id,
        details: { groupId: session.group_id },
      });
    })();
  }
  return sessionNote(open, session.id);
}

export async function signNote(ctx: ServiceContext, input: { sessionId: string; password: string }): Promise<SessionNote> {
  const open = ctx.vault.session();
  const { session } = requireRecordableSession(open, input.sessionId);
  const note = findNote(open.db, session.id);
  if (note?.status === 'signed') throw new AppFailure('NOTE_SIGNED', 'the session note is already signed');
  if (!note || note.text.trim() === '') {
    throw new AppFailure('VALIDATION', 'an empty note cannot be signed', { issues: [{ path: 'text', message: 'empty' }] });
  }
  await requirePassword(ctx, open, session, input.password);
  open.db.transaction(() => {
    const at = nowIso(ctx);
    // The signed grid is its stored lines: a member listed without one gets an empty line now,
    // before the note is signed and migration 0007's triggers close the grid.
    const { members, records } = gridMembers(open, session);
    for (const m of members) {
      if (!records.has(m.id)) upsertRecord(open.db, { ...emptyRecord(session.id, m.id), updated_by: open.account.id, updated_at: at });
    }
    signNoteRow(open.db, session.id, open.account.id, at);
    sealRecord(ctx, open, 'groupSession', session.id);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'groupSession.noteSigned',
      targetKind: 'groupSession',
      targetId: session.id,
      details: { groupId: session.group_id },
    });
  })();
  return sessionNote(open, session.id);
}

export async function addAddendum(ctx: ServiceContext, input: { sessionId: string; text: string; password: string }): Promise<SessionNote> {
  const open = ctx.vault.session();
  const { session } = requireRecordableSession(open, input.sessionId);
  if (findNote(open.db, session.id)?.status !== 'signed') throw new AppFailure('NOTE_NOT_SIGNED', 'sign the note before adding an addendum');
  await requirePassword(ctx, open, session, input.password);
  const id = newId();
  open.db.transaction(() => {
    insertAddendum(open.db, { id, session_id: session.id, text: input.text, signed_by: open.account.id, signed_at: nowIso(ctx) });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'groupSession.addendumAdded',
      targetKind: 'groupSession',
      targetId: session.id,
      details: { groupId: session.group_id, addendumId: id },
    });
  })();
  return sessionNote(open, session.id);
}
