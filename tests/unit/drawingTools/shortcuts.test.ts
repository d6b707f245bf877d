import { describe, expect, it } from 'vitest';
import { shortcutAction } from '../../../renderer/features/drawing/client/shortcuts';
import { undoKeyOf } from '../../../renderer/features/drawing/tools/undoKeys';

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('client mode keys', () => {
  it('swallows keys that reload, close, navigate, print or open developer tools', () => {
    for (const k of [
      key('F5'),
      key('KeyR', { ctrlKey: true }),
      key('KeyR', { ctrlKey: true, shiftKey: true }),
      key('KeyW', { ctrlKey: true }),
      key('F4', { ctrlKey: true }),
      key('F4', { altKey: true }),
      key('ArrowLeft', { altKey: true }),
      key('BrowserBack'),
      key('KeyP', { ctrlKey: true }),
      key('KeyI', { ctrlKey: true, shiftKey: true }),
      key('F12'),
      key('F11'),
      key('Equal', { ctrlKey: true }),
      key('Escape'),
      key('Backspace'),
    ]) {
      expect(shortcutAction(k), JSON.stringify(k)).toBe('block');
    }
  });

  it('lets Escape close a dialog and Backspace edit a password', () => {
    expect(shortcutAction(key('Escape'), { inDialog: true })).toBe('allow');
    expect(shortcutAction(key('Backspace'), { typing: true })).toBe('allow');
  });

  it('lets Ctrl+L lock: locking protects the records', () => {
    expect(shortcutAction(key('KeyL', { ctrlKey: true }))).toBe('lock');
  });

  it('leaves drawing keys alone: undo, redo, Tab, arrows, Enter', () => {
    for (const k of [
      key('KeyZ', { ctrlKey: true }),
      key('KeyY', { ctrlKey: true }),
      key('KeyZ', { ctrlKey: true, shiftKey: true }),
      key('Tab'),
      key('ArrowLeft'),
      key('Enter'),
    ]) {
      expect(shortcutAction(k)).toBe('allow');
    }
  });

  it('reads undo and redo by physical key, so Cyrillic layouts work', () => {
    expect(
      undoKeyOf({ ...key('KeyZ', { ctrlKey: true }), key: 'я' } as {
        code: string;
        ctrlKey: boolean;
        metaKey: boolean;
        shiftKey: boolean;
        altKey: boolean;
      }),
    ).toBe('undo');
    expect(undoKeyOf(key('KeyZ', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoKeyOf(key('KeyY', { ctrlKey: true }))).toBe('redo');
    expect(undoKeyOf(key('KeyZ'))).toBeNull();
  });
});
