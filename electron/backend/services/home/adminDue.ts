import { AUDIT_CHECK_DAYS, type AdminHome } from '../../../contract/homeChannels';
import { accountsWithTemporaryPassword, lastAuditCheck } from '../../db/repos/homeRepo';
import { backupHandlers } from '../backup/handlers';
import type { SignedInContext } from '../signedIn';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What waits for an admin: the backups' state (the same rule as Settings → Backups: overdue after 7 days without
 * a verified backup), colleagues who have not yet replaced the temporary password they were given, and the last
 * "Verify integrity" of the audit log — due when never run, older than AUDIT_CHECK_DAYS, or when it found a problem.
 */
export function adminDue(s: SignedInContext, limit: number): AdminHome {
  const backup = backupHandlers['backup:status'](s);
  const temporary = accountsWithTemporaryPassword(s.db, limit);
  const check = lastAuditCheck(s.db);
  const found = check ? (JSON.parse(check.details) as { intact?: unknown; altered?: unknown; anchor?: unknown }) : null;
  // 'missing' is an older key file's anchor, not damage: it is written at the next lock.
  const intact = found
    ? found.intact === true && found.altered === 0 && (found.anchor === 'intact' || found.anchor === 'missing')
    : null;
  return {
    backup: {
      lastVerifiedAt: backup.lastVerified?.at ?? null,
      overdue: backup.overdue,
      failed: backup.lastFailure !== null && (backup.lastVerified === null || backup.lastFailure.at >= backup.lastVerified.at),
      place: { area: 'backup' },
    },
    temporaryPasswords: {
      total: temporary.total,
      items: temporary.rows.map((r) => ({ id: r.id, fullName: r.full_name, username: r.username, place: { area: 'accounts' } })),
    },
    auditCheck: {
      lastAt: check?.at ?? null,
      intact,
      due: !check || intact === false || s.now() - Date.parse(check.at) > AUDIT_CHECK_DAYS * DAY_MS,
      place: { area: 'audit' },
    },
  };
}
