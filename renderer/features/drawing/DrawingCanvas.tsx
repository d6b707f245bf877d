import { useEffect, useRef } from 'react';
import { CanvasController } from './render/canvasController';
import type { DrawingClock } from './tools/drawingClock';
import type { DrawingEditor } from './tools/drawingEditor';

type Props = {
  editor: DrawingEditor;
  clock: DrawingClock;
  /** Accessible name of the page ("Drawing page"). */
  label: string;
};

/**
 * The drawing page, fitted to the space it is given with the page's proportions. Konva is used
 * imperatively (CanvasController): React renders two elements once and never re-renders per
 * stroke or sample.
 */
export function DrawingCanvas({ editor, clock, label }: Props) {
  const frameRef = useRef<HTMLDivElement>(null);
  const paperRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const frame = frameRef.current;
    const paper = paperRef.current;
    if (!frame || !paper) return;
    const controller = new CanvasController({ frame, paper, editor, clock });
    return () => controller.destroy();
  }, [editor, clock]);

  return (
    <div ref={frameRef} className="drawing-frame">
      <div
        ref={paperRef}
        className="drawing-paper drawing-paper--input"
        role="img"
        aria-label={label}
        data-testid="drawing-paper"
      />
    </div>
  );
}
