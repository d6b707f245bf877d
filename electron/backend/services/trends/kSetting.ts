import { AppFailure } from '../../../contract/errors';
import { TRENDS_K_MIN } from '../../../contract/trendsChannels';
import type { Db } from '../../db/connection';
import { getSetting, setSetting } from '../../db/repos/settingsRepo';
import type { SignedInContext } from '../signedIn';

/** The facility's threshold k (issue 14 §2): 5 until an admin raises it. */
export function trendsK(db: Db): number {
  const stored = Number(getSetting(db, 'trendsK'));
  return Number.isInteger(stored) && stored >= TRENDS_K_MIN ? stored : TRENDS_K_MIN;
}

/**
 * An admin sets k. The contract already refuses anything below 5; this checks again, so no other path (a future
 * channel, an import) can store a lower k. Audited as a settings change with the old and new k.
 */
export function setTrendsK(s: SignedInContext, input: { k: number }): { k: number } {
  if (!Number.isInteger(input.k) || input.k < TRENDS_K_MIN) throw new AppFailure('VALIDATION', `k is at least ${TRENDS_K_MIN}`);
  s.db.transaction(() => {
    const before = trendsK(s.db);
    setSetting(s.db, 'trendsK', String(input.k));
    s.audit('settings.updated', null, {
      fields: before === input.k ? [] : ['trendsK'],
      trendsK: input.k,
      previousTrendsK: before,
    });
  })();
  return { k: trendsK(s.db) };
}
