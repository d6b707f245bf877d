import type { SessionNote } from '../../../contract/groupChannels';
import { findNote, listAddenda } from '../../db/repos/groupSessionsRepo';
import type { SignedInContext } from '../signedIn';
import { personRef, signatureOf } from '../signing/signedRecord';
import { alteredQuietly } from '../signing/signedSeal';

/**
 * A session's note with its addenda, as stored (no access check, no audit: the callers do both).
 * `altered` is checked quietly against the seal unless the caller already checked it (getSession).
 */
export function sessionNote(s: SignedInContext, sessionId: string, checked?: { altered: boolean }): SessionNote {
  const note = findNote(s.db, sessionId);
  return {
    status: note?.status ?? 'none',
    text: note?.text ?? '',
    updatedAt: note?.updated_at ?? null,
    updatedBy: note ? personRef(note.updated_by, note.updated_by_name) : null,
    signature: note ? signatureOf(note.signed_by, note.signed_by_name, note.signed_at) : null,
    addenda: listAddenda(s.db, sessionId).map((a) => ({
      id: a.id,
      text: a.text,
      by: personRef(a.signed_by, a.signed_by_name),
      at: a.signed_at,
    })),
    altered: checked?.altered ?? alteredQuietly(s, 'groupSession', sessionId),
  };
}
