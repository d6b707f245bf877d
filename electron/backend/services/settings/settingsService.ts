import type { z } from 'zod';
import type { SignedInInfo } from '../../../contract/schemas';
import type { settingsChannels } from '../../../contract/settingsChannels';
import { getSetting, setSetting } from '../../db/repos/settingsRepo';
import type { SignedInContext } from '../signedIn';
import { idleTimeoutOf } from '../vault/signedInView';

/** Facility name and idle timeout. */
export function readSettings(s: SignedInContext): { facilityName: string; idleTimeoutMinutes: number } {
  return { facilityName: getSetting(s.db, 'facilityName') ?? '', idleTimeoutMinutes: idleTimeoutOf(s.db) };
}

/** Admins change the facility name and the idle timeout; the new timeout applies at once. */
export function updateSettings(
  s: SignedInContext,
  input: z.output<(typeof settingsChannels)['settings:update']['input']>,
): SignedInInfo {
  const before = readSettings(s);
  s.db.transaction(() => {
    setSetting(s.db, 'facilityName', input.facilityName);
    setSetting(s.db, 'idleTimeoutMinutes', String(input.idleTimeoutMinutes));
    const fields = [
      before.facilityName !== input.facilityName ? 'facilityName' : null,
      before.idleTimeoutMinutes !== input.idleTimeoutMinutes ? 'idleTimeoutMinutes' : null,
    ].filter((f): f is string => f !== null);
    s.audit('settings.updated', null, { fields, idleTimeoutMinutes: input.idleTimeoutMinutes });
  })();
  return s.refresh({ idleTimeoutMinutes: input.idleTimeoutMinutes });
}
