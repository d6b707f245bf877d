import { describe, expect, it } from 'vitest';
import {
  clearFailures,
  delayForFailures,
  EMPTY_THROTTLE,
  recordFailure,
  retryAfterMs,
  throttleStateSchema,
  type ThrottleState,
} from '../../../electron/backend/vault/throttle';

const T0 = new Date('2025-03-01T10:00:00.000Z');

function failTimes(n: number, at = T0): ThrottleState {
  let state = EMPTY_THROTTLE;
  for (let i = 0; i < n; i++) state = recordFailure(state, at, 'signIn', null);
  return state;
}

describe('sign-in throttle', () => {
  it('grows the delay 1 s, 2 s, 4 s … and caps it at 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5].map(delayForFailures)).toEqual([0, 1000, 2000, 4000, 8000, 16000]);
    expect(delayForFailures(9)).toBe(256_000);
    expect(delayForFailures(10)).toBe(300_000);
    expect(delayForFailures(10_000)).toBe(300_000);
  });

  it('allows an attempt at once when nothing has failed', () => {
    expect(retryAfterMs(EMPTY_THROTTLE, T0.getTime())).toBe(0);
  });

  it('counts the wait down as time passes', () => {
    const state = failTimes(3);
    expect(retryAfterMs(state, T0.getTime())).toBe(4000);
    expect(retryAfterMs(state, T0.getTime() + 1500)).toBe(2500);
    expect(retryAfterMs(state, T0.getTime() + 4000)).toBe(0);
    expect(retryAfterMs(state, T0.getTime() + 60_000)).toBe(0);
  });

  it('never asks for more than one full delay when the clock went backwards', () => {
    expect(retryAfterMs(failTimes(2), T0.getTime() - 86_400_000)).toBe(2000);
  });

  it('records failures without changing the previous state', () => {
    const before = failTimes(1);
    const after = recordFailure(before, new Date(T0.getTime() + 5000), 'recovery', 'ab'.repeat(16));
    expect(before.failures).toBe(1);
    expect(before.pending).toHaveLength(1);
    expect(after).toEqual({
      failures: 2,
      lastFailureAt: '2025-03-01T10:00:05.000Z',
      pending: [
        { at: '2025-03-01T10:00:00.000Z', kind: 'signIn', wrapId: null },
        { at: '2025-03-01T10:00:05.000Z', kind: 'recovery', wrapId: 'ab'.repeat(16) },
      ],
    });
    expect(throttleStateSchema.parse(after)).toEqual(after);
  });

  it('keeps only the 500 most recent pending failures', () => {
    let state = EMPTY_THROTTLE;
    for (let i = 0; i < 520; i++) state = recordFailure(state, new Date(T0.getTime() + i * 1000), 'signIn', null);
    expect(state.failures).toBe(520);
    expect(state.pending).toHaveLength(500);
    expect(state.pending[0]!.at).toBe(new Date(T0.getTime() + 20_000).toISOString());
    expect(state.pending.at(-1)!.at).toBe(new Date(T0.getTime() + 519_000).toISOString());
    expect(throttleStateSchema.safeParse(state).success).toBe(true);
  });

  it('clears to a fresh empty state and keeps the shared empty state untouched', () => {
    const cleared = clearFailures();
    expect(cleared).toEqual(EMPTY_THROTTLE);
    expect(cleared).not.toBe(EMPTY_THROTTLE);
    expect(() => EMPTY_THROTTLE.pending.push({ at: T0.toISOString(), kind: 'signIn', wrapId: null })).toThrow();
    expect(EMPTY_THROTTLE.pending).toHaveLength(0);
  });

  it('rejects a malformed stored state', () => {
    expect(throttleStateSchema.safeParse({ failures: -1, lastFailureAt: null, pending: [] }).success).toBe(false);
    expect(throttleStateSchema.safeParse({ failures: 0, lastFailureAt: 'yesterday', pending: [] }).success).toBe(false);
    expect(throttleStateSchema.safeParse({ ...EMPTY_THROTTLE, extra: 1 }).success).toBe(false);
  });
});
