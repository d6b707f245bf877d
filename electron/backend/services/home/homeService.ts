import { HOME_PREVIEW, type HomeDue } from '../../../contract/homeChannels';
import { today } from '../groups/mappers';
import type { SignedInContext } from '../signedIn';
import { adminDue } from './adminDue';
import { facilitatorDue } from './facilitatorDue';
import { psychologistDue } from './psychologistDue';

const totals = (sections: Record<string, unknown>): Record<string, number> =>
  Object.fromEntries(
    Object.entries(sections).flatMap(([key, value]) =>
      value && typeof value === 'object' && 'total' in value && typeof value.total === 'number' ? [[key, value.total]] : [],
    ),
  );

/**
 * The home screen's lists for the roles the caller holds. Reading it shows client codes, so it is audited as
 * a list read of clients is (client.searched with a row count): here 'home.viewed' with each section's count,
 * never an id or a code.
 */
export function homeDue(s: SignedInContext): HomeDue {
  const day = today(s);
  const due: HomeDue = {
    today: day,
    psychologist: s.hasRole('psychologist') ? psychologistDue(s.db, s.account.id, day, HOME_PREVIEW) : null,
    facilitator: s.hasRole('facilitator') ? facilitatorDue(s.db, s.account.id, day, HOME_PREVIEW) : null,
    admin: s.hasRole('admin') ? adminDue(s, HOME_PREVIEW) : null,
  };
  const details = { ...totals(due.psychologist ?? {}), ...totals(due.facilitator ?? {}), ...totals(due.admin ?? {}) };
  const shown = [due.psychologist, due.facilitator].reduce(
    (n, role) => n + Object.values(role ?? {}).reduce((m, sec) => m + (sec as { items: unknown[] }).items.length, 0),
    0,
  );
  s.audit('home.viewed', due.psychologist ? { kind: 'client', id: null } : null, { ...details, rows: shown });
  return due;
}
