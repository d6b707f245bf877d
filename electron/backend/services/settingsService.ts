import type { Session } from '../../contract/schemas';
import { getSetting, setSetting } from '../db/repos/settingsRepo';
import { type ServiceContext, audit } from './context';
import { idleTimeoutOf, sessionView } from './sessionView';

/** Facility name and idle timeout. */
export function readSettings(ctx: ServiceContext): { facilityName: string; idleTimeoutMinutes: number } {
  const open = ctx.vault.session();
  return { facilityName: getSetting(open.db, 'facilityName') ?? '', idleTimeoutMinutes: idleTimeoutOf(open) };
}

/** Admins change the facility name and the idle timeout; the new timeout applies at once. */
export function updateSettings(ctx: ServiceContext, input: { facilityName: string; idleTimeoutMinutes: number }): Session {
  const open = ctx.vault.session();
  const before = readSettings(ctx);
  open.db.transaction(() => {
    setSetting(open.db, 'facilityName', input.facilityName);
    setSetting(open.db, 'idleTimeoutMinutes', String(input.idleTimeoutMinutes));
    const fields = [
      before.facilityName !== input.facilityName ? 'facilityName' : null,
      before.idleTimeoutMinutes !== input.idleTimeoutMinutes ? 'idleTimeoutMinutes' : null,
    ].filter((f): f is string => f !== null);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'settings.updated',
      details: { fields, idleTimeoutMinutes: input.idleTimeoutMinutes },
    });
  })();
  open.idleTimeoutMinutes = input.idleTimeoutMinutes;
  return sessionView(open);
}
