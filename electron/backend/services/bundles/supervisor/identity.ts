import { AppFailure } from '../../../../contract/errors';
import { getSetting } from '../../../db/repos/settingsRepo';
import { readSupervisorIdentity } from '../../../db/repos/supervisorRepo';
import type { Db } from '../../../db/connection';
import { SUPERVISOR_KEY_EXTENSION, fingerprintOf, writeSupervisorKeyFile } from '../format';
import type { SignedInContext } from '../../signedIn';

/** The installation's key pair; made at set-up, so a supervisor installation without one is damaged. */
export function supervisorKeys(db: Db): { publicKey: Buffer; privateKey: Buffer; createdAt: string } {
  const row = readSupervisorIdentity(db);
  if (!row) throw new AppFailure('NOT_SUPERVISOR_INSTALLATION', 'this installation has no supervisor key');
  return { publicKey: row.public_key, privateKey: row.private_key, createdAt: row.created_at };
}

export function supervisorIdentity(db: Db): { fingerprint: string; createdAt: string } {
  const { publicKey, createdAt } = supervisorKeys(db);
  return { fingerprint: fingerprintOf(publicKey), createdAt };
}

/**
 * Writes the public-key file facilities import (the format module's `.kenessupervisor`), named by the department
 * and the first group of the fingerprint, through the saveFile port. Audited when saved; the path is never kept.
 */
export async function exportPublicKey(s: SignedInContext): Promise<{ saved: boolean }> {
  if (!s.saveFile) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to save files is configured');
  const { publicKey } = supervisorKeys(s.db);
  const fingerprint = fingerprintOf(publicKey);
  const bytes = writeSupervisorKeyFile({ name: getSetting(s.db, 'facilityName') ?? 'Kenes', publicKey });
  let saved: boolean;
  try {
    ({ saved } = await s.saveFile(`kenes-supervisor-${fingerprint.slice(0, 4)}.${SUPERVISOR_KEY_EXTENSION}`, bytes));
  } catch {
    throw new AppFailure('EXPORT_FAILED', 'the key file could not be saved');
  }
  if (saved) s.audit('supervisor.keyExported', null, { fingerprint });
  return { saved };
}
