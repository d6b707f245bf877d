import type { Account, Language, Role } from '../../../contract';
import type { Db } from '../connection';

/** An accounts row as stored. */
export type AccountRow = {
  id: string;
  username: string;
  full_name: string;
  roles: string;
  language: Language;
  active: 0 | 1;
  wrap_id: string | null;
  must_change_password: 0 | 1;
  created_at: string;
  updated_at: string;
};

/** The roles an account holds; the one place their stored JSON is read. */
export const rolesOf = (row: Pick<AccountRow, 'roles'>): Role[] => JSON.parse(row.roles) as Role[];

/** Maps a row to the domain account (the wrap id never leaves the backend). */
export function toAccount(row: AccountRow): Account {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    roles: rolesOf(row),
    language: row.language,
    active: row.active === 1,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** All accounts, by full name. */
export function listAccounts(db: Db): AccountRow[] {
  return db.prepare('SELECT * FROM accounts ORDER BY full_name COLLATE NOCASE, username').all() as AccountRow[];
}

/** One account by id. */
export function findAccountById(db: Db, id: string): AccountRow | undefined {
  return db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
}

/** One account by username, case-insensitively. */
export function findAccountByUsername(db: Db, username: string): AccountRow | undefined {
  return db.prepare('SELECT * FROM accounts WHERE username = ? COLLATE NOCASE').get(username) as AccountRow | undefined;
}

/** The account holding a given key wrap. */
export function findAccountByWrapId(db: Db, wrapId: string): AccountRow | undefined {
  return db.prepare('SELECT * FROM accounts WHERE wrap_id = ?').get(wrapId) as AccountRow | undefined;
}

/** Inserts a new account row. */
export function insertAccount(db: Db, row: AccountRow): void {
  db.prepare(
    `INSERT INTO accounts (id, username, full_name, roles, language, active, wrap_id, must_change_password, created_at, updated_at)
     VALUES (@id, @username, @full_name, @roles, @language, @active, @wrap_id, @must_change_password, @created_at, @updated_at)`,
  ).run(row);
}

const UPDATABLE = new Set<string>(['full_name', 'roles', 'language', 'active', 'wrap_id', 'must_change_password', 'updated_at']);

/** Updates the given columns of one account. */
export function updateAccount(
  db: Db,
  id: string,
  changes: Partial<Pick<AccountRow, 'full_name' | 'roles' | 'language' | 'active' | 'wrap_id' | 'must_change_password'>> & {
    updated_at: string;
  },
): void {
  const columns = (Object.keys(changes) as (keyof typeof changes)[]).filter((c) => UPDATABLE.has(c));
  const assignments = columns.map((c) => `${c} = @${c}`).join(', ');
  db.prepare(`UPDATE accounts SET ${assignments} WHERE id = @id`).run({ ...changes, id });
}

/** How many active accounts hold the admin role. */
export function countActiveAdmins(db: Db): number {
  const rows = db.prepare('SELECT roles FROM accounts WHERE active = 1').all() as { roles: string }[];
  return rows.filter((r) => rolesOf(r).includes('admin')).length;
}

/** Every username, active or not: a new or changed name must not look like any of them. */
export function listUsernames(db: Db): { id: string; username: string }[] {
  return db.prepare('SELECT id, username FROM accounts').all() as { id: string; username: string }[];
}

/** Changes one account's username (already normalised and checked by the service). */
export function renameAccount(db: Db, id: string, username: string, updatedAt: string): void {
  db.prepare('UPDATE accounts SET username = ?, updated_at = ? WHERE id = ?').run(username, updatedAt, id);
}
