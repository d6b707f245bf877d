import type { z } from 'zod';
import type { auditChannels } from '../../../contract/auditChannels';
import type { AuditAction, AuditEntry } from '../../../contract/schemas';
import { findFirstBreak } from '../../audit/chain';
import { iterateChain, listAudit } from '../../db/repos/auditRepo';
import type { SealedKind } from '../../db/repos/signedSealsRepo';
import type { SignedInContext } from '../signedIn';
import { findAlteredRecords } from '../signing/signedSeal';

/** A filtered page of the audit log, newest first. */
export function listAuditEntries(
  s: SignedInContext,
  input: z.output<(typeof auditChannels)['audit:list']['input']>,
): { entries: AuditEntry[]; total: number } {
  const { rows, total } = listAudit(s.db, input, input.limit, input.offset);
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
export function verifyAuditChain(s: SignedInContext): {
  checked: number;
  firstBrokenId: number | null;
  alteredRecords: { kind: SealedKind; id: string }[];
} {
  // Seals first: an alteration found now is audited before the chain is walked, so the check covers it.
  const alteredRecords = findAlteredRecords(s);
  const result = findFirstBreak(iterateChain(s.db));
  s.audit('audit.verified', null, {
    checked: result.checked,
    intact: result.firstBrokenId === null,
    altered: alteredRecords.length,
  });
  return { ...result, alteredRecords };
}
