import type { RecordedLegalStatus } from '../../../contract/legalStatuses';
import type { Db } from '../connection';

/** A clients row. */
export type ClientRow = {
  id: string;
  code: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  full_name: string | null;
  search_name: string | null;
  birth_date: string | null;
  sex: 'female' | 'male' | null;
  language: 'kk' | 'ru' | 'en' | null;
  unit: string | null;
  notes: string;
} & Partial<ClientProfileColumns>;

/**
 * The profile columns of migration 0015 (issue 17 §5); NULL: not recorded. Optional in ClientRow because a row
 * is inserted without them (insertClient) and they are written by updateClientProfile.
 */
export type ClientProfileColumns = {
  education_level: 'none' | 'primary' | 'basic-secondary' | 'general-secondary' | 'vocational' | 'higher' | null;
  literacy: 'reads-writes' | 'reads-with-difficulty' | 'cannot-read' | null;
  questionnaires_read_aloud: 0 | 1 | null;
  sentence_start: string | null;
  sentence_end: string | null;
};

/** A client_legal_statuses row. */
export type LegalStatusRow = {
  id: string;
  client_id: string;
  /** A status of the law, or an old value awaiting its one-time mapping (migration 0016). */
  status: RecordedLegalStatus;
  /** The value recorded before migration 0016; NULL for periods recorded since. */
  original_status: 'in-custody' | 'on-probation' | 'released' | null;
  start_date: string;
  end_date: string | null;
  recorded_by: string;
  recorded_at: string;
};

/** A client_consents row; `scope` is a JSON array of scope names. */
export type ConsentRow = {
  id: string;
  client_id: string;
  given_on: string;
  scope: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
  withdrawn_on: string | null;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
  withdrawal_note: string | null;
};

/** A row of the list: the client plus its current legal status period (columns prefixed ls_) and consent flag. */
export type ClientListRow = ClientRow & {
  ls_id: string | null;
  ls_status: LegalStatusRow['status'] | null;
  ls_original_status: LegalStatusRow['original_status'];
  ls_start_date: string | null;
  ls_end_date: string | null;
  ls_recorded_by: string | null;
  ls_recorded_at: string | null;
  consent_in_force: 0 | 1;
  /** The last activity anywhere in the record (migration 0008's triggers). */
  activity_at: string;
};

/**
 * The order that picks a client's current legal status period from `client_legal_statuses s`: the open one, else
 * the latest. The list reads it (clientSearchRepo.ts); its filter reads `clients.search_legal_status`, which
 * migration 0021's triggers compute with this same order, so they can never disagree.
 */
export const CURRENT_STATUS_ORDER =
  'ORDER BY s.end_date IS NULL DESC, s.start_date DESC, s.recorded_at DESC, s.rowid DESC LIMIT 1';

/** Inserts a new client. Fails on a duplicate code (the UNIQUE constraint), which the service retries. */
export function insertClient(db: Db, row: ClientRow): void {
  db.prepare(
    `INSERT INTO clients (id, code, created_by, created_at, updated_at, full_name, search_name, birth_date, sex, language, unit, notes)
     VALUES (@id, @code, @created_by, @created_at, @updated_at, @full_name, @search_name, @birth_date, @sex, @language, @unit, @notes)`,
  ).run(row);
}

/** True when a client already has this code. */
export function codeExists(db: Db, code: string): boolean {
  return db.prepare('SELECT 1 FROM clients WHERE code = ?').get(code) !== undefined;
}

/** One client. */
export function findClient(db: Db, id: string): ClientRow | undefined {
  return db.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
}

/** The client with exactly this (normalised) code. */
export function findClientByCode(db: Db, code: string): Pick<ClientRow, 'id' | 'code'> | undefined {
  return db.prepare('SELECT id, code FROM clients WHERE code = ?').get(code) as Pick<ClientRow, 'id' | 'code'> | undefined;
}

/** Replaces the identifying fields, unit and notes. */
export function updateClient(
  db: Db,
  id: string,
  fields: Pick<ClientRow, 'full_name' | 'search_name' | 'birth_date' | 'sex' | 'language' | 'unit' | 'notes' | 'updated_at'>,
): void {
  db.prepare(
    `UPDATE clients SET full_name = @full_name, search_name = @search_name, birth_date = @birth_date, sex = @sex,
       language = @language, unit = @unit, notes = @notes, updated_at = @updated_at WHERE id = @id`,
  ).run({ ...fields, id });
}

/** Replaces the profile columns (migration 0015); the caller sets updated_at with updateClient or touchClient. */
export function updateClientProfile(db: Db, id: string, profile: ClientProfileColumns): void {
  db.prepare(
    `UPDATE clients SET education_level = @education_level, literacy = @literacy,
       questionnaires_read_aloud = @questionnaires_read_aloud, sentence_start = @sentence_start, sentence_end = @sentence_end
     WHERE id = @id`,
  ).run({ ...profile, id });
}

/** Marks the client changed (a status or consent was recorded), so it rises in the list. */
export function touchClient(db: Db, id: string, at: string): void {
  db.prepare('UPDATE clients SET updated_at = ? WHERE id = ?').run(at, id);
}

/** A client's legal status periods, oldest first. */
export function listLegalStatuses(db: Db, clientId: string): LegalStatusRow[] {
  return db
    .prepare('SELECT * FROM client_legal_statuses WHERE client_id = ? ORDER BY start_date, recorded_at, rowid')
    .all(clientId) as LegalStatusRow[];
}

/** Inserts a legal status period. */
export function insertLegalStatus(db: Db, row: Omit<LegalStatusRow, 'original_status'>): void {
  db.prepare(
    `INSERT INTO client_legal_statuses (id, client_id, status, start_date, end_date, recorded_by, recorded_at)
     VALUES (@id, @client_id, @status, @start_date, @end_date, @recorded_by, @recorded_at)`,
  ).run(row);
}

/** Ends an open period on the given date. */
export function closeLegalStatus(db: Db, id: string, endDate: string): void {
  db.prepare('UPDATE client_legal_statuses SET end_date = ? WHERE id = ? AND end_date IS NULL').run(endDate, id);
}

/** A client's consents, oldest first. */
export function listConsents(db: Db, clientId: string): ConsentRow[] {
  return db
    .prepare('SELECT * FROM client_consents WHERE client_id = ? ORDER BY given_on, recorded_at, rowid')
    .all(clientId) as ConsentRow[];
}

/** One consent. */
export function findConsent(db: Db, id: string): ConsentRow | undefined {
  return db.prepare('SELECT * FROM client_consents WHERE id = ?').get(id) as ConsentRow | undefined;
}

/** Inserts a consent as given. */
export function insertConsent(
  db: Db,
  row: Omit<ConsentRow, 'withdrawn_on' | 'withdrawn_by' | 'withdrawn_at' | 'withdrawal_note'>,
): void {
  db.prepare(
    `INSERT INTO client_consents (id, client_id, given_on, scope, note, recorded_by, recorded_at)
     VALUES (@id, @client_id, @given_on, @scope, @note, @recorded_by, @recorded_at)`,
  ).run(row);
}

/** Records the withdrawal of a consent that is in force; the consent row stays. */
export function withdrawConsent(db: Db, id: string, w: { on: string; by: string; at: string; note: string }): void {
  db.prepare(
    `UPDATE client_consents SET withdrawn_on = @on, withdrawn_by = @by, withdrawn_at = @at, withdrawal_note = @note
     WHERE id = @id AND withdrawn_on IS NULL`,
  ).run({ ...w, id });
}

/** The client's last activity (migration 0008), or null for an unknown id. */
export function clientActivityAt(db: Db, id: string): string | null {
  const row = db.prepare('SELECT activity_at FROM clients WHERE id = ?').get(id) as { activity_at: string | null } | undefined;
  return row?.activity_at ?? null;
}

/** Units in use, alphabetically. */
export function listUnits(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT unit FROM clients WHERE unit IS NOT NULL ORDER BY unit').all() as { unit: string }[]).map(
    (r) => r.unit,
  );
}
