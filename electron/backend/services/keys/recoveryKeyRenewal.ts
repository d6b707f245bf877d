import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { keyChannels } from '../../../contract/keyChannels';
import { generateRecoveryKey, parseRecoveryKey, recoveryKeySecret } from '../../vault/recoveryKey';
import { type KeyWrap, unwrapDataKey, wrapDataKey } from '../../vault/wrap';
import type { SignedInContext } from '../signedIn';
import { requireOwnPassword, requirePending, setPending } from './pending';

type Input<C extends keyof typeof keyChannels> = z.output<(typeof keyChannels)[C]['input']>;

/** A wrap of the open data key (or `dataKey`) under a new recovery key; the key is returned to be shown once. */
export async function newRecoveryWrap(
  s: SignedInContext,
  dataKey: Buffer = s.dataKey,
): Promise<{ recoveryKey: string; wrap: KeyWrap }> {
  const recoveryKey = generateRecoveryKey();
  const secret = recoveryKeySecret(recoveryKey);
  try {
    const wrap = await wrapDataKey(dataKey, secret, { kind: 'recovery', tag: null, cost: s.vault.kdfCost });
    return { recoveryKey, wrap };
  } finally {
    secret.fill(0);
  }
}

/** True when the typed key opens the prepared wrap: the admin copied it correctly. */
export async function typedKeyOpens(wrap: KeyWrap, typed: string): Promise<boolean> {
  const parsed = parseRecoveryKey(typed);
  if (!parsed.ok) return false;
  const secret = recoveryKeySecret(parsed.normalized);
  try {
    const key = await unwrapDataKey(wrap, secret);
    key?.fill(0);
    return key !== null;
  } finally {
    secret.fill(0);
  }
}

/** keys:prepareRecoveryKey — a new key and its wrap, held until confirmed; the key file is not touched yet. */
export async function prepareRecoveryKey(
  s: SignedInContext,
  { password }: Input<'keys:prepareRecoveryKey'>,
): Promise<{ recoveryKey: string }> {
  await requireOwnPassword(s, password);
  const { recoveryKey, wrap } = await newRecoveryWrap(s);
  setPending(s, { kind: 'recoveryKey', recoveryWrap: wrap });
  return { recoveryKey };
}

/**
 * keys:confirmRecoveryKey — the key typed back opens the prepared wrap: one key-file write puts it in and takes
 * every older recovery wrap out (each copy of the key file is replaced whole, atomically), then it is audited.
 */
export async function confirmRecoveryKey(s: SignedInContext, { recoveryKey }: Input<'keys:confirmRecoveryKey'>): Promise<null> {
  const { recoveryWrap } = requirePending(s, 'recoveryKey');
  if (!(await typedKeyOpens(recoveryWrap, recoveryKey))) {
    throw new AppFailure('INVALID_RECOVERY_KEY', 'the typed key is not the one prepared');
  }
  const kf = s.vault.keyFile();
  const replaced = kf.wraps.filter((w) => w.kind === 'recovery').length;
  s.vault.saveKeyFile({ ...kf, wraps: [...kf.wraps.filter((w) => w.kind !== 'recovery'), recoveryWrap] });
  setPending(s, null);
  s.audit('keys.recoveryKeyRenewed', null, { replaced });
  return null;
}
