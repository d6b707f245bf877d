// Issue 12, item 1: a lock sends every pending save first, and never waits longer than its bound.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPendingSaves, registerPendingSave } from '../../../renderer/hooks/pendingSaves';

const unregister: Array<() => void> = [];
afterEach(() => {
  for (const u of unregister.splice(0)) u();
});

const register = (flush: () => Promise<unknown>) => unregister.push(registerPendingSave(flush));
const after = (ms: number, value?: unknown) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('pending saves', () => {
  it('sends every registered save and reports success when all finished', async () => {
    const sent: string[] = [];
    register(async () => {
      await after(20);
      sent.push('grid');
    });
    register(async () => {
      sent.push('conclusion');
    });
    expect(await flushPendingSaves(1_000)).toBe(true);
    expect(sent.sort()).toEqual(['conclusion', 'grid']);
  });

  it('answers at once when nothing is pending', async () => {
    const started = performance.now();
    expect(await flushPendingSaves(5_000)).toBe(true);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('gives up after the bound when a save hangs, so the lock still happens', async () => {
    register(() => new Promise(() => undefined));
    const started = performance.now();
    expect(await flushPendingSaves(150)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('reports a failed save, and still waits for the others', async () => {
    let slowDone = false;
    register(() => Promise.reject(new Error('VAULT_LOCKED')));
    register(async () => {
      await after(30);
      slowDone = true;
    });
    expect(await flushPendingSaves(1_000)).toBe(false);
    expect(slowDone).toBe(true);
  });

  it('forgets a form once it is unregistered', async () => {
    let calls = 0;
    const off = registerPendingSave(async () => {
      calls++;
    });
    await flushPendingSaves(100);
    off();
    await flushPendingSaves(100);
    expect(calls).toBe(1);
  });
});
