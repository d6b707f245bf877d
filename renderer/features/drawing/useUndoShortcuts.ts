import { useEffect } from 'react';
import type { DrawingClock } from './tools/drawingClock';
import type { DrawingEditor } from './tools/drawingEditor';
import { undoKeyOf } from './tools/undoKeys';

/** Inputs where Ctrl+Z edits text (a radio button or a slider is not one). */
const TEXT_INPUTS = new Set(['text', 'password', 'search', 'email', 'number', 'tel', 'url']);

const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.tagName === 'TEXTAREA' ||
    (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)));

export function useUndoShortcuts(editor: DrawingEditor, clock: DrawingClock, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const action = undoKeyOf(event);
      if (!action || typingIn(event.target)) return;
      event.preventDefault();
      if (!event.repeat) editor[action](clock.now());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, clock, enabled]);
}
