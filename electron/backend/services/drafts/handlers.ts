import type { z } from 'zod';
import type { FormDraft, FormRef, draftChannels } from '../../../contract/draftChannels';
import { deleteFormDraft, findFormDraft, upsertFormDraft } from '../../db/repos/formDraftsRepo';
import { requireClient } from '../clients/clientsService';
import type { DomainHandlers } from '../handlerMap';
import type { SignedInContext } from '../signedIn';

type Input<C extends keyof typeof draftChannels> = z.output<(typeof draftChannels)[C]['input']>;

/**
 * Drafts of client forms (issue 12, item 1). Each account sees only its own: the key is the caller's
 * account, never an id the renderer sends. A draft of an existing client's form holds that client's
 * data, so reading, writing and discarding it are audited against the client (never the content).
 */

function formKey(ref: FormRef): string {
  if (ref.form === 'client-new') return 'client-new';
  return 'referralId' in ref ? `${ref.form}:${ref.clientId}:${ref.referralId}` : `${ref.form}:${ref.clientId}`;
}
const clientOf = (ref: FormRef): string | null => (ref.form === 'client-new' ? null : ref.clientId);

function auditDraft(
  s: SignedInContext,
  action: 'client.draftSaved' | 'client.draftOpened' | 'client.draftDiscarded',
  ref: FormRef,
) {
  const clientId = clientOf(ref);
  s.audit(action, { kind: 'client', id: clientId }, { form: ref.form });
}

export function getDraft(s: SignedInContext, ref: Input<'drafts:get'>): FormDraft | null {
  const clientId = clientOf(ref);
  if (clientId !== null) requireClient(s.db, clientId);
  const row = findFormDraft(s.db, s.account.id, formKey(ref));
  if (!row) return null;
  auditDraft(s, 'client.draftOpened', ref);
  return { data: JSON.parse(row.data) as FormDraft['data'], updatedAt: row.updated_at };
}

export function saveDraft(s: SignedInContext, { ref, data }: Input<'drafts:save'>): null {
  const clientId = clientOf(ref);
  if (clientId !== null) requireClient(s.db, clientId);
  const key = formKey(ref);
  s.db.transaction(() => {
    // One audit row per draft, not per keystroke: the first save of a draft is the access.
    const existed = findFormDraft(s.db, s.account.id, key) !== undefined;
    upsertFormDraft(s.db, {
      account_id: s.account.id,
      form: key,
      client_id: clientId,
      data: JSON.stringify(data),
      updated_at: s.nowIso(),
    });
    if (!existed) auditDraft(s, 'client.draftSaved', ref);
  })();
  return null;
}

export function discardDraft(s: SignedInContext, ref: Input<'drafts:discard'>): null {
  if (deleteFormDraft(s.db, s.account.id, formKey(ref))) auditDraft(s, 'client.draftDiscarded', ref);
  return null;
}

/** Handlers of form drafts; typed from the contract. */
export const draftHandlers = {
  'drafts:get': getDraft,
  'drafts:save': saveDraft,
  'drafts:discard': discardDraft,
} satisfies DomainHandlers<typeof draftChannels>;
