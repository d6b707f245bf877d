import type { Db } from '../connection';

/** A form_drafts row: one account's unsaved form, `data` as JSON. */
export type FormDraftRow = {
  account_id: string;
  form: string;
  client_id: string | null;
  data: string;
  updated_at: string;
};

/** The account's draft of this form, if any. */
export function findFormDraft(db: Db, accountId: string, form: string): FormDraftRow | undefined {
  return db.prepare('SELECT * FROM form_drafts WHERE account_id = ? AND form = ?').get(accountId, form) as
    FormDraftRow | undefined;
}

/** Writes the account's draft of this form, replacing the previous one. */
export function upsertFormDraft(db: Db, row: FormDraftRow): void {
  db.prepare(
    `INSERT INTO form_drafts (account_id, form, client_id, data, updated_at)
     VALUES (@account_id, @form, @client_id, @data, @updated_at)
     ON CONFLICT (account_id, form) DO UPDATE SET client_id = excluded.client_id, data = excluded.data,
       updated_at = excluded.updated_at`,
  ).run(row);
}

/** Deletes the account's draft of this form; true when there was one. */
export function deleteFormDraft(db: Db, accountId: string, form: string): boolean {
  return db.prepare('DELETE FROM form_drafts WHERE account_id = ? AND form = ?').run(accountId, form).changes > 0;
}
