// What an admin is told at sign-in about the key file (issue 10): a copy missing or damaged, the wraps lost in
// it, and whether the recovery key still has an intact wrap in every copy, checked at every admin sign-in
// rather than on the day it is needed.
import type { KeyFileHealth } from '../../../contract/schemas';
import type { Db } from '../../db/connection';
import { findAccountByWrapId } from '../../db/repos/accountsRepo';
import type { KeyFileCopy, KeyFileState } from '../../vault/keyFile';

function hasRecoveryWrap(copy: KeyFileCopy): boolean {
  const wraps = copy.state === 'intact' ? copy.keyFile.wraps : copy.state === 'damaged' ? copy.wraps : [];
  return wraps.some((w) => w.kind === 'recovery');
}

/** The report for an admin, or null when both copies are intact and hold the recovery wrap. */
export function keyFileHealth(db: Db, state: KeyFileState): KeyFileHealth | null {
  // A format 1 vault never had a second copy: that is not damage (the next write adds it).
  const legacyAlone = [state.primary, state.second].some((c) => c.state === 'intact' && c.format === 1);
  const copies: KeyFileHealth['copies'] = [];
  const named = [
    ['vault.key', state.primary],
    ['vault.key.2', state.second],
  ] as const;
  for (const [file, copy] of named) {
    if (copy.state === 'missing' && !legacyAlone) copies.push({ file, state: 'missing', damagedWraps: [] });
    if (copy.state === 'damaged') {
      copies.push({
        file,
        state: 'damaged',
        damagedWraps: copy.damagedWraps.map((d) => ({
          kind: d.kind,
          username: d.id ? (findAccountByWrapId(db, d.id)?.username ?? null) : null,
        })),
      });
    }
  }
  const expected = legacyAlone ? 1 : 2;
  const holding = named.filter(([, c]) => hasRecoveryWrap(c)).length;
  const recoveryWrap = holding >= expected ? 'ok' : holding > 0 ? 'oneCopy' : 'missing';
  return copies.length === 0 && recoveryWrap === 'ok' ? null : { copies, recoveryWrap };
}

/** True when a successful sign-in should write the key file again: a copy is missing, older, or format 1. */
export function keyFileNeedsRewrite(state: KeyFileState): boolean {
  const copies = [state.primary, state.second];
  if (copies.some((c) => c.state === 'damaged' || c.state === 'newer')) return copies.some((c) => c.state === 'missing');
  if (copies.some((c) => c.state === 'missing')) return true;
  const [a, b] = copies;
  return a?.state === 'intact' && b?.state === 'intact' && (a.format === 1 || b.format === 1 || a.generation !== b.generation);
}
