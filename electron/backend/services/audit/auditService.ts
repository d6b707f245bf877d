import type { z } from 'zod';
import type { auditChannels } from '../../../contract/auditChannels';
import type { AuditAction, AuditEntry } from '../../../contract/schemas';
import { type AnchorCheck, checkAnchor } from '../../audit/anchor';
import { findFirstBreak } from '../../audit/chain';
import { iterateChain, listAudit } from '../../db/repos/auditRepo';
import type { SealedKind } from '../../db/repos/signedSealsRepo';
import type { SignedInContext } from '../signedIn';
import { advanceAnchor } from '../../vault/anchorFile';
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
 * Recomputes the whole hash chain and reports the first row that does not fit, checks every signed
 * record against its seal (signedSeal.ts), listing the altered ones by kind and id, and checks the
 * log's end against the anchor in the key file (audit/anchor.ts), which the chain alone cannot: a
 * log whose newest rows, or all rows, were deleted is still a valid chain. The check itself is
 * audited, and the anchor then moves to that row unless it was found broken (then it stays, as the
 * evidence, until a data-key rotation records and replaces it).
 */
export function verifyAuditChain(s: SignedInContext): {
  checked: number;
  firstBrokenId: number | null;
  alteredRecords: { kind: SealedKind; id: string }[];
  anchor: AnchorCheck;
} {
  // The anchor first: the rows written below must not move the end it is compared with.
  const anchor = checkAnchor(s.db, s.dataKey, s.vault.keyFileState().keyFile?.anchor);
  // Seals next: an alteration found now is audited before the chain is walked, so the check covers it.
  const alteredRecords = findAlteredRecords(s);
  const result = findFirstBreak(iterateChain(s.db));
  s.audit('audit.verified', null, {
    checked: result.checked,
    intact: result.firstBrokenId === null,
    altered: alteredRecords.length,
    anchor: anchor.state,
  });
  advanceAnchor(s.vault.paths.keyFile, s.db, s.dataKey);
  return { ...result, alteredRecords, anchor };
}
