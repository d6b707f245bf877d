/** Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo. */
export type UndoKey = 'undo' | 'redo';

/**
 * Which action a key press asks for, by physical key (`code`), so the shortcuts work in
 * Kazakh and Russian keyboard layouts, where `key` would be a Cyrillic letter.
 */
export function undoKeyOf(event: {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): UndoKey | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.code === 'KeyZ') return event.shiftKey ? 'redo' : 'undo';
  if (event.code === 'KeyY' && !event.shiftKey) return 'redo';
  return null;
}
