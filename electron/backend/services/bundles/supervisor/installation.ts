import type { InstallationKind } from '../../../../contract/installationKind';
import type { Db } from '../../../db/connection';
import { getSetting, setSetting } from '../../../db/repos/settingsRepo';
import { insertSupervisorIdentity } from '../../../db/repos/supervisorRepo';
import { generateSupervisorKeys } from '../format/keys';

const kinds = new WeakMap<Db, InstallationKind>();

/**
 * The installation's kind, read once per open database (it never changes in a vault; a restore opens another
 * database). A vault from before issue 15 has no setting: it is a facility's.
 */
export function installationKindOf(db: Db): InstallationKind {
  let kind = kinds.get(db);
  if (!kind) {
    kind = getSetting(db, 'installationKind') === 'supervisor' ? 'supervisor' : 'facility';
    kinds.set(db, kind);
  }
  return kind;
}

/**
 * At set-up, inside its transaction: records the kind and, for a supervising department, makes its receiving key
 * pair (X25519), kept only inside the encrypted database.
 */
export function initialiseInstallation(db: Db, kind: InstallationKind, nowIso: string): void {
  setSetting(db, 'installationKind', kind);
  if (kind !== 'supervisor') return;
  const keys = generateSupervisorKeys();
  insertSupervisorIdentity(db, { public_key: keys.publicKey, private_key: keys.privateKey, created_at: nowIso });
  keys.privateKey.fill(0);
}
