import type { AuditAction } from '../../../contract';
import { type StoredChainRow, GENESIS_HASH, chainHash } from '../../audit/chain';
import type { Db } from '../connection';

/** What a service says happened; the repo adds time, id and the chain hashes. */
export type AuditEvent = {
  actorId: string | null;
  action: AuditAction;
  targetKind?: string | null;
  targetId?: string | null;
  details?: Record<string, string | number | boolean | string[]>;
  /** When the event happened, if not now (failed sign-ins are recorded at the next unlock). */
  at?: string;
};

type AuditRow = {
  id: number;
  at: string;
  actor_id: string | null;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
};

/** Appends one row to the hash chain. Call inside the caller's transaction when it changes data. */
export function appendAudit(db: Db, event: AuditEvent, now: Date): void {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined;
  const fields = {
    id: (last?.id ?? 0) + 1,
    at: event.at ?? now.toISOString(),
    actorId: event.actorId,
    action: event.action,
    targetKind: event.targetKind ?? null,
    targetId: event.targetId ?? null,
    details: JSON.stringify(event.details ?? {}),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  db.prepare(
    `INSERT INTO audit_log (id, at, actor_id, action, target_kind, target_id, details, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    fields.id,
    fields.at,
    fields.actorId,
    fields.action,
    fields.targetKind,
    fields.targetId,
    fields.details,
    prevHash,
    chainHash(prevHash, fields),
  );
}

export type AuditFilter = { from?: string; to?: string; actorId?: string; action?: AuditAction };

function where(filter: AuditFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    clauses.push(clause);
    params.push(value);
  };
  if (filter.from) add('a.at >= ?', filter.from);
  if (filter.to) add('a.at <= ?', filter.to);
  if (filter.actorId) add('a.actor_id = ?', filter.actorId);
  if (filter.action) add('a.action = ?', filter.action);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export type AuditListRow = AuditRow & { actor_username: string | null };

/** A page of audit rows, newest first, with the total matching the filter. */
export function listAudit(db: Db, filter: AuditFilter, limit: number, offset: number): { rows: AuditListRow[]; total: number } {
  const w = where(filter);
  const rows = db
    .prepare(
      `SELECT a.*, acc.username AS actor_username FROM audit_log a
       LEFT JOIN accounts acc ON acc.id = a.actor_id ${w.sql} ORDER BY a.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...w.params, limit, offset) as AuditListRow[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM audit_log a ${w.sql}`).get(...w.params) as { total: number };
  return { rows, total };
}

/** Every row in id order, streamed, for verifying the chain. */
export function* iterateChain(db: Db): Generator<StoredChainRow> {
  const it = db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>;
  for (const r of it) {
    yield {
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      action: r.action,
      targetKind: r.target_kind,
      targetId: r.target_id,
      details: r.details,
      prevHash: r.prev_hash,
      hash: r.hash,
    };
  }
}
