import { describe, expect, it } from 'vitest';
import type { BackendEvent, LockReason } from '../../../electron/contract/schemas';
import { openDialogProperties } from '../../../electron/backend/shell/filePorts';
import { startupDecision } from '../../../electron/backend/shell/startupGuards';
import { forwardEvent, invokeFromRenderer, lockOnSystemSignals } from '../../../electron/backend/shell/windowBridge';

const APP_PAGE = 'app://kenes/index.html';

describe('what passes between the main window and the backend', () => {
  it("takes a call only from the app's own top frame; any other is refused before the backend sees it", async () => {
    const seen: unknown[] = [];
    const backend = { invokeRaw: async (channel: unknown) => (seen.push(channel), { ok: true as const, value: 'done' }) };
    expect(await invokeFromRenderer(backend, { url: APP_PAGE, isMainFrame: true }, 'clients:list', {})).toEqual({
      ok: true,
      value: 'done',
    });
    for (const sender of [
      { url: APP_PAGE, isMainFrame: false },
      { url: 'https://example.org/', isMainFrame: true },
      { url: undefined, isMainFrame: true },
    ]) {
      const refused = await invokeFromRenderer(backend, sender, 'clients:list', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(seen).toEqual(['clients:list']);
  });

  it('sends every event to the window, and makes it a kiosk exactly while a client has the screen', () => {
    const kiosk: boolean[] = [];
    const sent: BackendEvent[] = [];
    const window = { setKiosk: (on: boolean) => kiosk.push(on), send: (e: BackendEvent) => sent.push(e) };
    const on: BackendEvent = { type: 'clientMode:changed', active: true };
    const off: BackendEvent = { type: 'clientMode:changed', active: false };
    forwardEvent(on, window);
    forwardEvent(off, window);
    forwardEvent(on, null);
    expect(kiosk).toEqual([true, false]);
    expect(sent).toEqual([on, off]);
  });

  it('locks the vault on suspend, on a screen lock, and on a screen found locked by polling', () => {
    const locks: LockReason[] = [];
    const listeners: Record<string, () => void> = {};
    const stop = lockOnSystemSignals(
      { lock: async (reason: LockReason) => void locks.push(reason) },
      {
        onSuspend: (listener) => (listeners.suspend = listener),
        onScreenLocked: (listener) => (listeners.lockScreen = listener),
        idleState: () => 'active',
      },
    );
    listeners.suspend!();
    listeners.lockScreen!();
    stop();
    expect(locks).toEqual(['suspend', 'screen-lock']);
  });

  it('asks the system for a folder it may create, or for one or many files', () => {
    expect(openDialogProperties({ folder: true, multiple: false })).toEqual(['openDirectory', 'createDirectory']);
    expect(openDialogProperties({ folder: false, multiple: false })).toEqual(['openFile']);
    expect(openDialogProperties({ folder: false, multiple: true })).toEqual(['openFile', 'multiSelections']);
  });

  it('refuses to start with a debugging switch without taking the instance lock; a second instance leaves', () => {
    let asked = 0;
    const lock = (free: boolean) => () => (asked++, free);
    expect(startupDecision(['inspect', 'remote-debugging-port'], lock(true))).toEqual({
      kind: 'refuse',
      message: '[kenes] refusing to start with debugging switches: inspect, remote-debugging-port\n',
    });
    expect(asked).toBe(0);
    expect(startupDecision([], lock(false))).toEqual({ kind: 'leave' });
    expect(startupDecision([], lock(true))).toEqual({ kind: 'start' });
    expect(asked).toBe(2);
  });
});
