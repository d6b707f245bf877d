import type { SessionNote } from '../../../contract/groupChannels';
import { findNote, listAddenda } from '../../db/repos/groupSessionsRepo';
import type { OpenVault } from '../../vault/vault';
import { alteredQuietly } from '../signedSeal';
import { person } from './mappers';

/**
 * A session's note with its addenda, as stored (no access check, no audit: the callers do both).
 * `altered` is checked quietly against the seal unless the caller already checked it (getSession).
 */
export function sessionNote(open: OpenVault, sessionId: string, checked?: { altered: boolean }): SessionNote {
  const note = findNote(open.db, sessionId);
  return {
    status: note?.status ?? 'none',
    text: note?.text ?? '',
    updatedAt: note?.updated_at ?? null,
    updatedBy: note ? person(note.updated_by, note.updated_by_name) : null,
    signedAt: note?.signed_at ?? null,
    signedBy: note?.signed_by && note.signed_by_name !== null ? person(note.signed_by, note.signed_by_name) : null,
    addenda: listAddenda(open.db, sessionId).map((a) => ({ id: a.id, text: a.text, signedAt: a.signed_at, signedBy: person(a.signed_by, a.signed_by_name) })),
    altered: checked?.altered ?? alteredQuietly(open, 'groupSession', sessionId),
  };
}
