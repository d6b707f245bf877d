import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { LockReason } from '../../../contract/schemas';
import type { vaultChannels } from '../../../contract/vaultChannels';
import type { Vault } from '../../vault/vault';
import type { PublicContext } from '../context';
import type { SignedInContext } from '../signedIn';

/**
 * Locks the backend starts itself (idle, suspend, screen lock) first let the renderer send what is
 * typed but not yet saved (issue 12, item 1): it asks with auth:flushRequested, the renderer's saves
 * arrive through the ordinary channels, then it answers auth:flushed. The lock waits for that answer
 * at most this long, so a renderer that hangs never keeps the vault open.
 */
export const FLUSH_BOUND_MS = 3_000;

/** The idle lock is announced this long before it happens, so the person can stay signed in. */
export const IDLE_WARNING_MS = 60_000;

/** Open flush requests per vault: request id → what ends the wait. */
const waiting = new WeakMap<Vault, Map<string, () => void>>();

/**
 * Asks the renderer to send its pending saves; resolves once it answers or after `boundMs`. Runs
 * outside the backend's one-call-at-a-time queue: the saves it asks for go through that queue.
 */
export function requestFlush(ctx: PublicContext, reason: LockReason, boundMs: number): Promise<void> {
  const requestId = randomUUID();
  const open = waiting.get(ctx.vault) ?? new Map<string, () => void>();
  waiting.set(ctx.vault, open);
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      open.delete(requestId);
      resolve();
    };
    const timer = setTimeout(done, boundMs);
    open.set(requestId, done);
    ctx.emit({ type: 'auth:flushRequested', reason, requestId });
  });
}

/** auth:flushed: the renderer has sent its pending saves. An unknown or late id changes nothing. */
export function flushAnswered(
  s: SignedInContext,
  { requestId }: z.output<(typeof vaultChannels)['auth:flushed']['input']>,
): null {
  waiting.get(s.vault)?.get(requestId)?.();
  return null;
}

/** Milliseconds until the idle lock (0: due now), or null when nobody is signed in. */
export function idleLockInMs(ctx: PublicContext): number | null {
  const open = ctx.vault.currentSignIn();
  if (!open) return null;
  return Math.max(0, open.lastActivityMs + open.idleTimeoutMinutes * 60_000 - ctx.vault.now());
}
