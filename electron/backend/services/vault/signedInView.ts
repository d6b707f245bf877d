import type { SignedInInfo } from '../../../contract/schemas';
import type { Db } from '../../db/connection';
import { toAccount } from '../../db/repos/accountsRepo';
import { getSetting } from '../../db/repos/settingsRepo';
import type { OpenVault } from '../../vault/vault';
import { installationKindOf } from '../bundles/supervisor/installation';

export const DEFAULT_IDLE_TIMEOUT_MINUTES = 10;

/** Reads the facility's idle timeout, defaulting to 10 minutes. */
export function idleTimeoutOf(db: Db): number {
  const stored = Number(getSetting(db, 'idleTimeoutMinutes'));
  return Number.isInteger(stored) && stored > 0 ? stored : DEFAULT_IDLE_TIMEOUT_MINUTES;
}

/** The sign-in as the renderer sees it. */
export function signedInView(open: OpenVault): SignedInInfo {
  return {
    account: toAccount(open.account),
    facilityName: getSetting(open.db, 'facilityName') ?? '',
    idleTimeoutMinutes: open.idleTimeoutMinutes,
    installationKind: installationKindOf(open.db),
    // Only admins get it (set at sign-in), and only when something is wrong.
    ...(open.keyFileHealth ? { keyFileHealth: open.keyFileHealth } : {}),
  };
}
