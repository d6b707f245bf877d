/**
 * The marks of the replay timeline strip: when each tool was on the page, the pauses, the
 * erasures, undo/redo/clear presses and gaps (crashes), on the drawing clock. Nearby marks of
 * the same kind are merged to the strip's resolution, so 20,000 strokes make a few hundred marks.
 */
import type { DrawingEvent, Tool } from '../../../../assessments/drawing/model';
import type { TypedEvent } from '../../../../assessments/drawing/typed';
import type { Pause } from '../../../../assessments/drawing';
import { eventEnd, eventStart } from '../../../../assessments/drawing';

export type MarkKind = Tool | 'pause' | 'gap';

export interface SpanMark {
  kind: MarkKind;
  start: number;
  end: number;
}

export interface PointMark {
  kind: 'undo' | 'redo' | 'clear';
  t: number;
}

export interface TimelineMarks {
  spans: SpanMark[];
  points: PointMark[];
  strokeCount: number;
  erasureCount: number;
  pauseCount: number;
}

/** `resolutionMs`: spans of one kind closer than this are joined. Events of either form (model.ts, typed.ts). */
export function timelineMarks(
  events: readonly (DrawingEvent | TypedEvent)[],
  pauses: readonly Pause[],
  resolutionMs: number,
): TimelineMarks {
  const spans: SpanMark[] = [];
  const points: PointMark[] = [];
  const open = new Map<MarkKind, SpanMark>();
  let strokeCount = 0;
  let erasureCount = 0;
  const add = (kind: MarkKind, start: number, end: number) => {
    const last = open.get(kind);
    if (last && start - last.end <= resolutionMs) {
      last.end = Math.max(last.end, end);
      return;
    }
    const mark = { kind, start, end };
    spans.push(mark);
    open.set(kind, mark);
  };
  for (const event of events) {
    if (event.kind === 'stroke') {
      if (event.tool === 'eraser') erasureCount++;
      else strokeCount++;
      add(event.tool, eventStart(event), eventEnd(event));
    } else if (event.kind === 'gap') {
      add('gap', event.t, eventEnd(event));
    } else {
      points.push({ kind: event.kind, t: event.t });
    }
  }
  for (const p of pauses) add('pause', p.startT, p.startT + p.durationMs);
  return { spans, points, strokeCount, erasureCount, pauseCount: pauses.length };
}
