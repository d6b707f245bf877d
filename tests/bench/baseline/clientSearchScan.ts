import type { Db } from '../../../electron/backend/db/connection';
import type { ClientFilter } from '../../../electron/backend/db/repos/clientSearchRepo';

/**
 * The client search as it was before issue 18, item 5 (frozen copy of clientsRepo's whereClause/searchClients):
 * every row's key read with `instr`, the page walked in activity order. Two uses: the bench's "before" column, and
 * the oracle the indexed search is compared with on random data (tests/integration/clientSearchIndex.test.ts).
 * Returns the ids of the page, in order, and the total — what a user sees.
 */
const CURRENT_ORDER = 'ORDER BY s.end_date IS NULL DESC, s.start_date DESC, s.recorded_at DESC, s.rowid DESC LIMIT 1';
const CURRENT_STATUS_ID = `(SELECT s.id FROM client_legal_statuses s WHERE s.client_id = c.id ${CURRENT_ORDER})`;
const CURRENT_STATUS = `(SELECT s.status FROM client_legal_statuses s WHERE s.client_id = c.id ${CURRENT_ORDER})`;
const CONSENT_IN_FORCE = `EXISTS (SELECT 1 FROM client_consents k WHERE k.client_id = c.id AND k.withdrawn_on IS NULL)`;

function whereClause(f: ClientFilter): { sql: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  const text: string[] = [];
  if (f.nameTerms !== undefined && f.nameTerms.length > 0) {
    const terms = f.nameTerms.map((term, i) => {
      params[`name${i}`] = term.kind === 'initial' ? ` ${term.text}` : term.text;
      return term.kind === 'initial' ? `instr(' ' || c.search_name, @name${i}) > 0` : `instr(c.search_name, @name${i}) > 0`;
    });
    text.push(`(${terms.join(' AND ')})`);
  }
  if (f.code !== undefined) {
    text.push(`instr(substr(c.code, 1, 4) || substr(c.code, 6, 4), @code) > 0`);
    params.code = f.code;
  }
  if (text.length > 0) clauses.push(`(${text.join(' OR ')})`);
  if (f.unit !== undefined) {
    clauses.push('c.unit = @unit');
    params.unit = f.unit;
  }
  if (f.legalStatus === 'none') clauses.push('NOT EXISTS (SELECT 1 FROM client_legal_statuses s WHERE s.client_id = c.id)');
  else if (f.legalStatus !== undefined) {
    clauses.push(`${CURRENT_STATUS} = @legalStatus`);
    params.legalStatus = f.legalStatus;
  }
  if (f.consent === 'in-force') clauses.push(CONSENT_IN_FORCE);
  else if (f.consent === 'none') clauses.push(`NOT ${CONSENT_IN_FORCE}`);
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function scanSearchClients(db: Db, f: ClientFilter, limit: number, offset: number): { total: number; ids: string[] } {
  const { sql, params } = whereClause(f);
  const total = (db.prepare(`SELECT count(*) AS n FROM clients c ${sql}`).get(params) as { n: number }).n;
  // The page query exactly as it was (whole rows, current status joined), so the bench's "before" is honest.
  const ids = (
    db
      .prepare(
        `SELECT p.id, s.id AS ls_id, s.status AS ls_status, s.original_status AS ls_original_status, s.start_date AS ls_start_date,
                s.end_date AS ls_end_date, s.recorded_by AS ls_recorded_by, s.recorded_at AS ls_recorded_at
         FROM (SELECT c.*, c.rowid AS row_no, ${CURRENT_STATUS_ID} AS current_status_id, ${CONSENT_IN_FORCE} AS consent_in_force
               FROM clients c ${sql}
               ORDER BY c.activity_at DESC, c.rowid DESC LIMIT @limit OFFSET @offset) p
         LEFT JOIN client_legal_statuses s ON s.id = p.current_status_id
         ORDER BY p.activity_at DESC, p.row_no DESC`,
      )
      .all({ ...params, limit, offset }) as { id: string }[]
  ).map((r) => r.id);
  return { total, ids };
}
