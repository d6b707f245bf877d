import type { BackendEvent } from '../../contract/schemas';
import { type AuditEvent, appendAudit } from '../db/repos/auditRepo';
import type { Db } from '../db/connection';
import type { Vault } from '../vault/vault';

/** What every service receives: the vault, the clock and the event sink. */
export type ServiceContext = {
  vault: Vault;
  emit(event: BackendEvent): void;
};

/** Writes one audit row stamped with the vault's clock. */
export function audit(ctx: ServiceContext, db: Db, event: AuditEvent): void {
  appendAudit(db, event, new Date(ctx.vault.now()));
}
