import type { Db } from '../connection';

/** A row of `organisations` (migration 0013). */
export type OrganisationRow = {
  id: string;
  kind: string;
  name: string;
  address: string;
  city: string;
  district: string;
  phone: string;
  email: string;
  contact_person: string;
  languages: string;
  notes: string;
  sector: string;
  quota_places: number | null;
  quota_updated_on: string | null;
  vacancies: string;
  wage_min: number | null;
  wage_max: number | null;
  shifts: string;
  accepts_convictions: number | null;
  archived: number;
  search_key: string;
  name_key: string;
  dup_key: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
};

/** The columns a write sets (everything but who created it and when). */
export type OrganisationWrite = Omit<OrganisationRow, 'id' | 'archived' | 'created_by' | 'created_at'>;

const WRITE_COLUMNS = [
  'kind',
  'name',
  'address',
  'city',
  'district',
  'phone',
  'email',
  'contact_person',
  'languages',
  'notes',
  'sector',
  'quota_places',
  'quota_updated_on',
  'vacancies',
  'wage_min',
  'wage_max',
  'shifts',
  'accepts_convictions',
  'search_key',
  'name_key',
  'dup_key',
  'updated_by',
  'updated_at',
] as const satisfies readonly (keyof OrganisationWrite)[];

/** Adds one organisation. */
export function insertOrganisation(
  db: Db,
  row: OrganisationWrite & { id: string; created_by: string; created_at: string },
): void {
  const columns = ['id', 'created_by', 'created_at', ...WRITE_COLUMNS];
  db.prepare(`INSERT INTO organisations (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
}

/** Replaces an organisation's fields (not its archived flag). */
export function updateOrganisation(db: Db, id: string, row: OrganisationWrite): void {
  db.prepare(`UPDATE organisations SET ${WRITE_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({
    ...row,
    id,
  });
}

export function setOrganisationArchived(db: Db, id: string, archived: boolean, by: string, at: string): void {
  db.prepare('UPDATE organisations SET archived = ?, updated_by = ?, updated_at = ? WHERE id = ?').run(
    archived ? 1 : 0,
    by,
    at,
    id,
  );
}

export function findOrganisation(db: Db, id: string): OrganisationRow | undefined {
  return db.prepare('SELECT * FROM organisations WHERE id = ?').get(id) as OrganisationRow | undefined;
}

/** Organisations with this duplicate key (kind, folded name and city), oldest first. */
export function findByDupKey(db: Db, dupKey: string): OrganisationRow[] {
  return db.prepare('SELECT * FROM organisations WHERE dup_key = ? ORDER BY created_at, id').all(dupKey) as OrganisationRow[];
}

/** The filters of the list, already reduced to what SQL compares. */
export type OrganisationFilter = {
  /** Folded query fragments (common/nameSearch.ts queryTerms), each matched anywhere in the search key. */
  terms?: readonly string[];
  kind?: string;
  city?: string;
  language?: string;
  archived: 'active' | 'archived' | 'all';
};

function whereClause(f: OrganisationFilter): { sql: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  f.terms?.forEach((term, i) => {
    clauses.push(`instr(o.search_key, @term${i}) > 0`);
    params[`term${i}`] = term;
  });
  if (f.kind !== undefined) {
    clauses.push('o.kind = @kind');
    params.kind = f.kind;
  }
  if (f.city !== undefined) {
    clauses.push('o.city = @city');
    params.city = f.city;
  }
  if (f.language !== undefined) {
    clauses.push('EXISTS (SELECT 1 FROM json_each(o.languages) l WHERE l.value = @language)');
    params.language = f.language;
  }
  if (f.archived !== 'all') clauses.push(f.archived === 'archived' ? 'o.archived = 1' : 'o.archived = 0');
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** One page of the list in the order of the folded names, and how many match in all. */
export function searchOrganisations(
  db: Db,
  f: OrganisationFilter,
  limit: number,
  offset: number,
): { total: number; rows: OrganisationRow[] } {
  const { sql, params } = whereClause(f);
  const total = (db.prepare(`SELECT count(*) AS n FROM organisations o ${sql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT o.* FROM organisations o ${sql} ORDER BY o.name_key, o.id LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as OrganisationRow[];
  return { total, rows };
}

/** Every organisation the filter matches, in list order (the export). */
export function listOrganisations(db: Db, f: OrganisationFilter): OrganisationRow[] {
  const { sql, params } = whereClause(f);
  return db.prepare(`SELECT o.* FROM organisations o ${sql} ORDER BY o.name_key, o.id`).all(params) as OrganisationRow[];
}

/** Cities of organisations not archived, alphabetically. */
export function listCities(db: Db): string[] {
  return (
    db.prepare(`SELECT DISTINCT city FROM organisations WHERE city <> '' AND archived = 0 ORDER BY city`).all() as {
      city: string;
    }[]
  ).map((r) => r.city);
}
