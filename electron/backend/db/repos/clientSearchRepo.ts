import type { QueryTerm } from '../../../../common/nameSearch';
import type { LegalStatus } from '../../../contract/legalStatuses';
import type { Db } from '../connection';
import { CURRENT_STATUS_ORDER, type ClientListRow } from './clientsRepo';

/**
 * The client list's search (issue 12, item 5) on the indexes of migration 0021 (issue 18, item 5), so its cost
 * stays flat as the clients grow. The rule is unchanged — every name term in the key (a fragment anywhere, an
 * initial at a word's start) or the code fragment in the code, and the filters — and so are the results:
 * tests/integration/clientSearchIndex.test.ts compares them with the old scan on random data.
 *
 * 1. The text: the clients whose key or code holds it come from the FTS5 indexes (a set of rowids): trigrams for 3
 *    characters or more, grams for 1–2 and initials, the UNIQUE code index for a whole code.
 * 2. The total: counted from that set (and the filter columns), or from the filter indexes when nothing is typed.
 * 3. The page, most recent activity first, by the cheapest of three ways (pagePlan): walk the activity index testing
 *    each row with `instr` (cheap when matches are dense: about (offset + limit) × clients / total rows), walk it
 *    testing each index entry against the set (the set costs its size to build, entries are cheap), or read the
 *    matches and sort them (cheap when they are few).
 */

/** Filters of the list, already normalised by the service. */
export type ClientFilter = {
  /** The query's name terms (common/nameSearch.ts), every one of which must match the stored key. */
  nameTerms?: readonly QueryTerm[] | undefined;
  /** Code fragment without the dash (see codeFragment). */
  code?: string | undefined;
  unit?: string | undefined;
  legalStatus?: LegalStatus | 'none' | undefined;
  consent?: 'in-force' | 'none' | undefined;
};

/** The row-by-row form of the text rule, for the walk; the same rule as keyMatches and the indexes. */
function textPredicate(f: ClientFilter, params: Record<string, string>): string | null {
  const text: string[] = [];
  if (f.nameTerms !== undefined && f.nameTerms.length > 0) {
    const terms = f.nameTerms.map((term, i) => {
      params[`name${i}`] = term.kind === 'initial' ? ` ${term.text}` : term.text;
      return term.kind === 'initial' ? `instr(' ' || c.search_name, @name${i}) > 0` : `instr(c.search_name, @name${i}) > 0`;
    });
    text.push(`(${terms.join(' AND ')})`);
  }
  if (f.code !== undefined) {
    // The code column is `XXXX-XXXX`; the fragment has no dash, so compare without it.
    text.push(`instr(substr(c.code, 1, 4) || substr(c.code, 6, 4), @code) > 0`);
    params.code = f.code;
  }
  return text.length > 0 ? `(${text.join(' OR ')})` : null;
}

/** The filters, on the columns migration 0021 keeps (the current legal status, a consent in force). */
function filterPredicates(f: ClientFilter, params: Record<string, string>): string[] {
  const clauses: string[] = [];
  if (f.unit !== undefined) {
    clauses.push('c.unit = @unit');
    params.unit = f.unit;
  }
  if (f.legalStatus === 'none') clauses.push('c.search_legal_status IS NULL');
  else if (f.legalStatus !== undefined) {
    clauses.push('c.search_legal_status = @legalStatus');
    params.legalStatus = f.legalStatus;
  }
  if (f.consent === 'in-force') clauses.push('c.search_consent_in_force = 1');
  else if (f.consent === 'none') clauses.push('c.search_consent_in_force = 0');
  return clauses;
}

/** A token of client_search_grams for a text of one or two characters (migration 0021's gramsSql). */
export function gramToken(text: string): string {
  return Array.from(text, (ch) => `x${ch.codePointAt(0)!.toString(16)}`).join('');
}

/** An FTS5 string: the fragments are letters and digits only, but a quote would end it. */
const phrase = (text: string): string => `"${text.replaceAll('"', '""')}"`;

const TRIGRAMS = 'client_search_trigrams';
const GRAMS = 'client_search_grams';
const CODE = 'clients_code';

/**
 * The rowids of the clients the text matches, as one SQL select (`compound` when it joins several), or null when
 * nothing is typed. Terms of one index are one MATCH; the name terms' sets are intersected and the code's added.
 */
function textSet(f: ClientFilter, params: Record<string, string>): { sql: string; compound: boolean } | null {
  const name: Record<typeof TRIGRAMS | typeof GRAMS, string[]> = { [TRIGRAMS]: [], [GRAMS]: [] };
  for (const term of f.nameTerms ?? []) {
    const text = term.kind === 'initial' ? ` ${term.text}` : term.text;
    if (Array.from(text).length >= 3) name[TRIGRAMS].push(`name : ${phrase(text)}`);
    else name[GRAMS].push(`name : ${gramToken(text)}`);
  }
  let code: { index: typeof TRIGRAMS | typeof GRAMS | typeof CODE; expr: string } | null = null;
  if (f.code !== undefined) {
    if (f.code.length === 8) code = { index: CODE, expr: `${f.code.slice(0, 4)}-${f.code.slice(4)}` };
    else if (f.code.length >= 3) code = { index: TRIGRAMS, expr: `code : ${phrase(f.code)}` };
    else code = { index: GRAMS, expr: `code : ${gramToken(f.code)}` };
  }
  const nameIndexes = ([TRIGRAMS, GRAMS] as const).filter((index) => name[index].length > 0);
  const match = (index: typeof TRIGRAMS | typeof GRAMS, expr: string, key: string): string => {
    params[key] = expr;
    return `SELECT rowid FROM ${index} WHERE ${index} MATCH @${key}`;
  };
  // Names and code in the same index: one MATCH with OR.
  if (code !== null && code.index !== CODE && nameIndexes.length === 1 && nameIndexes[0] === code.index) {
    return { sql: match(code.index, `(${name[code.index].join(' AND ')}) OR ${code.expr}`, 'textAll'), compound: false };
  }
  const sets = nameIndexes.map((index) => match(index, name[index].join(' AND '), `text_${index}`));
  const names = sets.length === 0 ? null : sets.length === 1 ? sets[0]! : `SELECT rowid FROM (${sets.join(' INTERSECT ')})`;
  let codes: string | null = null;
  if (code?.index === CODE) {
    params.codeExact = code.expr;
    codes = 'SELECT rowid FROM clients WHERE code = @codeExact';
  } else if (code !== null) codes = match(code.index, code.expr, 'textCode');
  if (names !== null && codes !== null) return { sql: `${names} UNION ${codes}`, compound: true };
  const one = names ?? codes;
  return one === null ? null : { sql: one, compound: sets.length > 1 };
}

/**
 * Rough costs, in index entries read, of a row read and of a rowid put into an IN set (at 100,000 clients on the
 * encrypted database, about 4 µs and 0.4 µs against 0.1 µs). Only their order of magnitude matters: a wrong choice
 * is slower, never wrong (every plan is tested against the old scan).
 */
const ROW = 40;
const SET_ENTRY = 4;

export type PagePlan = 'walk-rows' | 'walk-set' | 'sort';

/**
 * How to read a page (see the top of this file). `matched`: how many the text matches (null: nothing typed);
 * `total`: how many the text and the filters match; `clients`: how many clients there are.
 */
export function pagePlan(matched: number | null, total: number, clients: number, end: number): PagePlan {
  const visited = (end * clients) / total;
  // Nothing typed: walk the index that holds the filters, or read the few that pass them and sort.
  if (matched === null) return visited < ROW * total ? 'walk-set' : 'sort';
  const costs: [PagePlan, number][] = [
    ['walk-rows', ROW * visited],
    ['walk-set', SET_ENTRY * matched + visited],
    ['sort', SET_ENTRY * matched + ROW * total],
  ];
  return costs.reduce((best, c) => (c[1] < best[1] ? c : best))[0];
}

const where = (clauses: readonly string[]): string => (clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '');

const count = (db: Db, sql: string, params: Record<string, string | number>): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${sql}`).get(params) as { n: number }).n;

/** The list row's columns: the client, its current status period (prefixed ls_) and whether a consent is in force. */
const PAGE_SQL = (inner: string) => `
  SELECT p.*, s.id AS ls_id, s.status AS ls_status, s.original_status AS ls_original_status, s.start_date AS ls_start_date,
         s.end_date AS ls_end_date, s.recorded_by AS ls_recorded_by, s.recorded_at AS ls_recorded_at
  FROM (${inner}) p
  LEFT JOIN client_legal_statuses s ON s.id = (SELECT s.id FROM client_legal_statuses s WHERE s.client_id = p.id ${CURRENT_STATUS_ORDER})
  ORDER BY p.activity_at DESC, p.row_no DESC`;

const COLUMNS = 'c.*, c.rowid AS row_no, c.search_consent_in_force AS consent_in_force';

/** One page of the list, most recent activity first (migration 0008), and how many match in all. */
export function searchClients(db: Db, f: ClientFilter, limit: number, offset: number): { total: number; rows: ClientListRow[] } {
  return searchClientsPlanned(db, f, limit, offset, pagePlan);
}

/** searchClients with the page plan chosen by `plan`: the tests run every plan against the old scan. */
export function searchClientsPlanned(
  db: Db,
  f: ClientFilter,
  limit: number,
  offset: number,
  plan: typeof pagePlan,
): { total: number; rows: ClientListRow[] } {
  let setParams: Record<string, string> = {};
  const text = textSet(f, setParams);
  let set = text?.sql ?? null;
  if (text?.compound === true) {
    // A set from two indexes is built once (a temporary table in memory, this connection's only) rather than by
    // each of the count and the page.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS client_search_hits (id INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.client_search_hits');
    db.prepare(`INSERT INTO temp.client_search_hits (id) ${text.sql}`).run(setParams);
    set = 'SELECT id FROM temp.client_search_hits';
    setParams = {};
  }
  const filterParams: Record<string, string> = {};
  const filters = filterPredicates(f, filterParams);

  // How many the text matches, and how many the text and the filters do.
  const matched = set === null ? null : count(db, `(${set})`, setParams);
  let total: number;
  if (set === null) total = count(db, `clients c ${where(filters)}`, filterParams);
  else if (filters.length === 0) total = matched!;
  else total = count(db, `clients c WHERE c.rowid IN (${set}) AND ${filters.join(' AND ')}`, { ...setParams, ...filterParams });
  if (total === 0 || offset >= total) return { total, rows: [] };

  // Rows are never deleted, so the largest rowid is the number of clients (an estimate is all the choice needs).
  const clients = (db.prepare('SELECT max(rowid) AS n FROM clients').get() as { n: number }).n;
  const chosen = plan(matched, total, clients, offset + limit);
  const textParams: Record<string, string> = {};
  const byRow = chosen === 'walk-rows' ? textPredicate(f, textParams) : null;
  const params = { ...(chosen === 'walk-rows' ? textParams : setParams), ...filterParams, limit, offset };
  const conditions = [...(byRow !== null ? [byRow] : set !== null ? [`c.rowid IN (${set})`] : []), ...filters];
  // INDEXED BY: walking in activity order is the point; the planner could pick a filter index and sort everything.
  // With filters, the index that holds them too, so that a row is read only for an entry that passes them.
  // `+c.activity_at`: sort the few matches rather than walk for them.
  const inner =
    chosen === 'sort'
      ? `SELECT ${COLUMNS} FROM clients c ${where(conditions)} ORDER BY +c.activity_at DESC, c.rowid DESC LIMIT @limit OFFSET @offset`
      : `SELECT ${COLUMNS} FROM clients c INDEXED BY ${filters.length > 0 ? 'clients_search_activity' : 'clients_activity'}
         ${where(conditions)} ORDER BY c.activity_at DESC, c.rowid DESC LIMIT @limit OFFSET @offset`;
  return { total, rows: db.prepare(PAGE_SQL(inner)).all(params) as ClientListRow[] };
}
