import type { AuditAction, AuditEntry } from '../../contract/schemas';
import { findFirstBreak } from '../audit/chain';
import { type AuditFilter, iterateChain, listAudit } from '../db/repos/auditRepo';
import { type ServiceContext, audit } from './context';

/** A filtered page of the audit log, newest first. */
export function listAuditEntries(
  ctx: ServiceContext,
  input: AuditFilter & { limit: number; offset: number },
): { entries: AuditEntry[]; total: number } {
  const { db } = ctx.vault.session();
  const { rows, total } = listAudit(db, input, input.limit, input.offset);
  return {
    total,
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorUsername: r.actor_username,
      action: r.action as AuditAction,
      targetKind: r.target_kind,
      targetId: r.target_id,
      details: JSON.parse(r.details) as AuditEntry['details'],
    })),
  };
}

/** Recomputes the whole hash chain and reports the first row that does not fit; the check itself is audited. */
export function verifyAuditChain(ctx: ServiceContext): { checked: number; firstBrokenId: number | null } {
  const open = ctx.vault.session();
  const result = findFirstBreak(iterateChain(open.db));
  audit(ctx, open.db, {
    actorId: open.account.id,
    action: 'audit.verified',
    details: { checked: result.checked, intact: result.firstBrokenId === null },
  });
  return result;
}
