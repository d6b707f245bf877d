import { describe, expect, it } from 'vitest';
import { type IdleState, startScreenLockPoller } from '../../../electron/backend/shell/screenLockPoller';

/** A fake timer: tick() runs the poll once. */
function harness(states: (IdleState | Error)[]) {
  let tick: () => void = () => undefined;
  let stopped = false;
  let locks = 0;
  let i = 0;
  const stop = startScreenLockPoller({
    idleState: () => {
      const s = states[Math.min(i++, states.length - 1)] ?? 'active';
      if (s instanceof Error) throw s;
      return s;
    },
    onLocked: () => locks++,
    setInterval: (fn) => {
      tick = fn;
      return 'handle';
    },
    clearInterval: (handle) => {
      expect(handle).toBe('handle');
      stopped = true;
    },
  });
  return { tick: (n = 1) => Array.from({ length: n }, () => tick()), locks: () => locks, stop, stopped: () => stopped };
}

describe('locking the vault when the screen locks (Linux has no lock-screen event)', () => {
  it('locks once when the system reports a locked screen, and again after it was unlocked', () => {
    const h = harness(['active', 'idle', 'locked', 'locked', 'locked', 'active', 'locked']);
    h.tick(2);
    expect(h.locks()).toBe(0);
    h.tick(3);
    expect(h.locks()).toBe(1);
    h.tick(2);
    expect(h.locks()).toBe(2);
  });

  it('never locks where the state cannot be read, and stops when asked', () => {
    const h = harness(['unknown', new Error('not supported'), 'idle']);
    h.tick(3);
    expect(h.locks()).toBe(0);
    h.stop();
    expect(h.stopped()).toBe(true);
  });
});
