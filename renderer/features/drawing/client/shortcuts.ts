/**
 * Which keys client mode lets through. A client at the keyboard must not be able to reload,
 * close, navigate, print, open developer tools or leave full screen. Locking (Ctrl+L) stays
 * allowed: it protects the records, and unlocking needs a password anyway.
 *
 * Keys are matched by `code` (the physical key), so Kazakh and Russian layouts behave the same.
 */
export type ShortcutAction = 'allow' | 'block' | 'lock';

/** The parts of a KeyboardEvent that decide (pure, so it is tested without a DOM). */
export interface KeyInput {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Where the key was pressed: in a text field, in a dialog. */
export interface KeyPlace {
  typing?: boolean;
  inDialog?: boolean;
}

/** Function keys with browser meaning: F1 help, F3 find, F5 reload, F6 address, F7 caret browsing, F11 full screen, F12 devtools. */
const FUNCTION_KEYS = new Set(['F1', 'F3', 'F4', 'F5', 'F6', 'F7', 'F10', 'F11', 'F12']);

/** With Ctrl (or Cmd): reload, close, new window/tab, open, print, save, view source, history, downloads, find, bookmarks, zoom. */
const CTRL_KEYS = new Set([
  'KeyR',
  'KeyW',
  'KeyN',
  'KeyT',
  'KeyO',
  'KeyP',
  'KeyS',
  'KeyU',
  'KeyH',
  'KeyJ',
  'KeyD',
  'KeyF',
  'KeyG',
  'KeyE',
  'KeyK',
  'KeyQ',
  'F4',
  'F5',
  'Equal',
  'Minus',
  'Digit0',
  'NumpadAdd',
  'NumpadSubtract',
  'Numpad0',
  'Tab',
  'PageUp',
  'PageDown',
]);

const NAVIGATION_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserFavorites',
]);

export function shortcutAction(event: KeyInput, place: KeyPlace = {}): ShortcutAction {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && !event.altKey && !event.shiftKey && event.code === 'KeyL') return 'lock';
  if (FUNCTION_KEYS.has(event.code) || NAVIGATION_KEYS.has(event.code)) return 'block';
  // Escape would leave full screen (it reaches the page only under the Keyboard Lock API); in a
  // dialog it closes the dialog, as everywhere else.
  if (event.code === 'Escape') return place.inDialog ? 'allow' : 'block';
  // Alt+Left/Right/Home navigate; Alt alone opens a menu on Windows; Alt+F4 closes the window.
  if (event.altKey && !ctrl && ['ArrowLeft', 'ArrowRight', 'Home', 'F4', 'AltLeft', 'AltRight', 'Space'].includes(event.code))
    return 'block';
  if (ctrl && CTRL_KEYS.has(event.code)) return 'block';
  // Ctrl+Shift+I/J/C open developer tools; Ctrl+Shift+Delete clears browsing data.
  if (ctrl && event.shiftKey && ['KeyI', 'KeyJ', 'KeyC', 'Delete'].includes(event.code)) return 'block';
  // Backspace navigated back in older browsers; harmless to stop outside text fields.
  if (event.code === 'Backspace' && !place.typing) return 'block';
  return 'allow';
}
