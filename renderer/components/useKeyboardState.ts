import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { type KeyboardLayout, layoutOfCharacter } from '../../common/keyboardLayout';

type LayoutMap = { get(code: string): string | undefined };
type KeyboardApi = { getLayoutMap?: () => Promise<LayoutMap> };

/** The layout the operating system reports for the physical keys (Chromium's Keyboard Map API), if it does. */
async function reportedLayout(): Promise<KeyboardLayout | null> {
  const api = (navigator as Navigator & { keyboard?: KeyboardApi }).keyboard;
  if (!api?.getLayoutMap) return null;
  try {
    const map = await api.getLayoutMap();
    const q = map.get('KeyQ');
    if (!q) return null;
    // The Kazakh layout puts ә on the 2 key; otherwise Cyrillic on Q means Russian.
    return layoutOfCharacter(map.get('Digit2') ?? '') === 'KK' ? 'KK' : layoutOfCharacter(q);
  } catch {
    return null;
  }
}

/**
 * Caps Lock and the keyboard layout while typing in one input: the layout as the system reports it
 * on focus, then as the last typed letter shows it (a letter is proof of the layout; the system's
 * report can be stale after a switch). Nothing typed is kept, only which script it was in.
 */
export function useKeyboardState() {
  const [capsLock, setCapsLock] = useState(false);
  const [layout, setLayout] = useState<KeyboardLayout | null>(null);
  const fromKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (typeof event.getModifierState === 'function') setCapsLock(event.getModifierState('CapsLock'));
    if (event.key.length === 1) setLayout((previous) => layoutOfCharacter(event.key, previous) ?? previous);
  };
  const inputHandlers = {
    onFocus: () => {
      void reportedLayout().then((reported) => {
        if (reported) setLayout((previous) => previous ?? reported);
      });
    },
    onKeyDown: fromKey,
    onKeyUp: fromKey,
    // Text from an input method or a paste arrives without a key: its last letter still shows the script.
    onInput: (event: FormEvent<HTMLInputElement>) => {
      const data = (event.nativeEvent as InputEvent).data;
      const last = data ? [...data].pop() : undefined;
      if (last) setLayout((previous) => layoutOfCharacter(last, previous) ?? previous);
    },
  };
  return { capsLock, layout, inputHandlers };
}
