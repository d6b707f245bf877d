import type { AuditAction, AuditEntry } from '../../contract/schemas';
import { findFirstBreak } from '../audit/chain';
import { type AuditFilter, iterateChain, listAudit } from '../db/repos/auditRepo';
import type { SealedKind } from '../db/repos/signedSealsRepo';
import { type ServiceContext, audit } from './context';
import { findAlteredRecords } from './signedSeal';

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

/**
 * Recomputes the whole hash chain and reports the first row that does not fit, and checks every
 * signed record against its seal (signedSeal.ts), listing the altered ones by kind and id. The
 * check itself is audited.
 */
export function verifyAuditChain(ctx: ServiceContext): {
  checked: number;
  firstBrokenId: number | null;
  alteredRecords: { kind: SealedKind; id: string }[];
} {
  const open = ctx.vault.session();
  // Seals first: an alteration found now is audited before the chain is walked, so the check covers it.
  const alteredRecords = findAlteredRecords(ctx, open);
  const result = findFirstBreak(iterateChain(open.db));
  audit(ctx, open.db, {
    actorId: open.account.id,
    action: 'audit.verified',
    details: { checked: result.checked, intact: result.firstBrokenId === null, altered: alteredRecords.length },
  });
  return { ...result, alteredRecords };
}
