import { describe, expect, it } from 'vitest';
import { quitGuard } from '../../../electron/backend/shell/quitGuard';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('quitting closes the backend first, once', () => {
  it('holds a quit from the system until the backend has closed, then quits', async () => {
    let closes = 0;
    let leaves = 0;
    let finish: () => void = () => {};
    const guard = quitGuard(
      () => new Promise<void>((resolve) => ((closes += 1), (finish = resolve))),
      () => (leaves += 1),
    );
    expect(guard.willQuit()).toBe(false);
    expect(guard.willQuit()).toBe(false);
    await settle();
    expect(leaves).toBe(0);
    finish();
    await settle();
    expect(closes).toBe(1);
    expect(leaves).toBeGreaterThan(0);
    expect(guard.willQuit()).toBe(true);
  });

  it('closes the backend when the last window closes, and lets the quit that follows through', async () => {
    let closes = 0;
    let leaves = 0;
    const guard = quitGuard(
      async () => void (closes += 1),
      () => (leaves += 1),
    );
    guard.windowsClosed();
    await settle();
    expect([closes, leaves]).toEqual([1, 1]);
    expect(guard.willQuit()).toBe(true);
    expect(closes).toBe(1);
  });

  it('still quits when closing the backend fails', async () => {
    let leaves = 0;
    const guard = quitGuard(
      () => Promise.reject(new Error('disk gone')),
      () => (leaves += 1),
    );
    expect(guard.willQuit()).toBe(false);
    await settle();
    expect(leaves).toBe(1);
    expect(guard.willQuit()).toBe(true);
  });
});
