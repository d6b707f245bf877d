// Failed sign-ins slow down exponentially. The state lives in the key file (written by the caller), so quitting
// and restarting the app does not reset the delay. Pure functions only: time is passed in.
import { z } from 'zod';

/** One failed attempt not yet written to the audit log (the database is locked while attempts fail). */
export type PendingFailure = { at: string; kind: 'signIn' | 'recovery'; wrapId: string | null };

/** Persisted throttle counters: consecutive failures, the last one's time, and failures awaiting audit. */
export type ThrottleState = { failures: number; lastFailureAt: string | null; pending: PendingFailure[] };

const MAX_DELAY_MS = 300_000;
// Bounds the key file's size if someone hammers the sign-in screen for days; the newest entries matter most.
const MAX_PENDING = 500;

/** Strict schema of the throttle state stored in the key file. */
export const throttleStateSchema = z.strictObject({
  failures: z.number().int().nonnegative(),
  lastFailureAt: z.iso.datetime().nullable(),
  pending: z
    .array(
      z.strictObject({
        at: z.iso.datetime(),
        kind: z.enum(['signIn', 'recovery']),
        wrapId: z
          .string()
          .regex(/^[0-9a-f]{32}$/)
          .nullable(),
      }),
    )
    .max(MAX_PENDING),
}) satisfies z.ZodType<ThrottleState>;

/** The state with no failures recorded (frozen: use clearFailures() for a fresh copy). */
export const EMPTY_THROTTLE: ThrottleState = Object.freeze({
  failures: 0,
  lastFailureAt: null,
  // Frozen so a careless push cannot leak failures into every later "empty" state.
  pending: Object.freeze([]) as unknown as PendingFailure[],
});

/** Delay in ms required after `n` consecutive failures: 0, then 1 s doubling per failure, capped at 5 minutes. */
export function delayForFailures(n: number): number {
  if (n <= 0) return 0;
  return Math.min(1000 * 2 ** (n - 1), MAX_DELAY_MS);
}

/** Milliseconds to wait before the next attempt is allowed (0 when allowed now). */
export function retryAfterMs(state: ThrottleState, nowMs: number): number {
  if (state.lastFailureAt === null) return 0;
  const delay = delayForFailures(state.failures);
  const remaining = Date.parse(state.lastFailureAt) + delay - nowMs;
  // Never more than one full delay: a clock set backwards must not lock everyone out for days.
  return Math.max(0, Math.min(remaining, delay));
}

/** The state after one more failed attempt at `at`; the input is not modified. */
export function recordFailure(
  state: ThrottleState,
  at: Date,
  kind: PendingFailure['kind'],
  wrapId: string | null,
): ThrottleState {
  const iso = at.toISOString();
  return {
    failures: state.failures + 1,
    lastFailureAt: iso,
    pending: [...state.pending, { at: iso, kind, wrapId }].slice(-MAX_PENDING),
  };
}

/** A fresh state with no failures, after a successful sign-in (write `pending` to the audit log first). */
export function clearFailures(): ThrottleState {
  return { failures: 0, lastFailureAt: null, pending: [] };
}
