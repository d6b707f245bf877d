import { useCallback, useSyncExternalStore } from 'react';
import type { DrawingEditor, EditorSnapshot } from './tools/drawingEditor';

/** The editor's tool choice and undo/redo state, re-rendering only when those change (not per sample). */
export function useEditorSnapshot(editor: DrawingEditor): EditorSnapshot {
  const subscribe = useCallback(
    (notify: () => void) =>
      editor.subscribe((change) => {
        if (change.kind !== 'live') notify();
      }),
    [editor],
  );
  return useSyncExternalStore(subscribe, () => editor.snapshot);
}
