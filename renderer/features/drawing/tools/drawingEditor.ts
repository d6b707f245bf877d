/**
 * The drawing tool as a small state machine (idle → drawing → idle … → finished), headless:
 * pointer samples in page units and drawing-clock times go in; stroke, undo, redo and clear
 * events come out, appended to the event list, which is the truth (docs/STYLE.md, Canvas). Nothing
 * is ever removed from the list: undo, redo and clear are events (assessments/drawing/replay.ts).
 *
 * Moves are buffered and committed once per animation frame by `tick()`, as tldraw's draw tool
 * does (`onTick` → one update per frame), so a 240 Hz pen costs one render per frame.
 *
 * One stroke is drawn at a time: a second finger or a mouse while the pen draws is ignored, which
 * keeps the events in the order the model requires (assessments/drawing/timeline.ts).
 */
import type { DrawingEvent, Point, Stroke } from '../../../../assessments/drawing/model';
import type { Page } from '../../../../assessments/drawing/page';
import { type ReplayState, eventEnd, eventStart, replay } from '../../../../assessments/drawing';
import { PalmRejection } from './palmRejection';
import { type PointerSample, recordedPressure } from './pointerSample';
import { type ToolChoice, chooseColour, chooseTool, chooseWidth, initialChoice, strokeStyle } from './toolChoice';
import { type Tool, type Toolkit, type WidthName, allows } from './toolkit';
import { UndoStacks } from './undoStacks';

export type EditorState = 'idle' | 'drawing' | 'finished';

/** What changed, for whoever renders: the canvas repaints only what a change names. */
export type EditorChange =
  /** The live stroke has new points (after `tick`). */
  | { kind: 'live' }
  /** A stroke began (the editor is drawing). */
  | { kind: 'started' }
  /** The live stroke ended and was appended to the events at `index`. */
  | { kind: 'committed'; stroke: Stroke; index: number }
  /** The live stroke was dropped: it was a palm, and the pen came down. */
  | { kind: 'discarded'; stroke: Stroke }
  /** An undo, redo or clear was recorded (whether or not it changed anything). */
  | { kind: 'recorded'; event: DrawingEvent }
  /** Undo, redo or clear changed which strokes are in effect. */
  | { kind: 'visible' }
  | { kind: 'choice' }
  | { kind: 'finished' };

/** What the toolbar shows; the same object until something it shows changes. */
export interface EditorSnapshot {
  state: EditorState;
  choice: ToolChoice;
  canUndo: boolean;
  canRedo: boolean;
}

export interface LiveUpdate {
  stroke: Stroke;
  /** Index of the first point added by this tick. */
  from: number;
}

export interface EditorOptions {
  page: Page;
  toolkit: Toolkit;
  /** Events recorded before (a resumed drawing); the editor continues after them. */
  events?: readonly DrawingEvent[];
  palmWindowMs?: number;
}

interface Live {
  pointerId: number;
  stroke: Stroke & { points: Point[] };
  pending: Point[];
  /** Points already handed out by `tick`. */
  ticked: number;
}

export class DrawingEditor {
  readonly page: Page;
  readonly toolkit: Toolkit;
  private readonly list: DrawingEvent[];
  private readonly stacks = new UndoStacks();
  private readonly palm: PalmRejection;
  private readonly listeners = new Set<(change: EditorChange) => void>();
  private live: Live | null = null;
  private chosen: ToolChoice;
  private finishedAt: number | undefined;
  private snapshotCache: EditorSnapshot | null = null;
  // The ordering rules of timeline.ts, kept as floors for the next event's time.
  private lastStart = 0;
  private maxEnd = 0;
  private barrier = 0;

  constructor(options: EditorOptions) {
    this.page = options.page;
    this.toolkit = options.toolkit;
    this.palm = new PalmRejection(options.palmWindowMs);
    this.chosen = initialChoice(options.toolkit);
    this.list = [];
    for (const event of options.events ?? []) this.append(event);
  }

  get state(): EditorState {
    if (this.finishedAt !== undefined) return 'finished';
    return this.live ? 'drawing' : 'idle';
  }

  /** Every event so far, in order; never shrinks. */
  get events(): readonly DrawingEvent[] {
    return this.list;
  }

  /** The stroke being drawn, with the points committed by the last `tick`. */
  get liveStroke(): Stroke | null {
    if (!this.live) return null;
    const { stroke, ticked } = this.live;
    return ticked === stroke.points.length ? stroke : { ...stroke, points: stroke.points.slice(0, ticked) };
  }

  get choice(): ToolChoice {
    return this.chosen;
  }

  get canUndo(): boolean {
    return allows(this.toolkit, 'undo') && this.stacks.canUndo;
  }

  get canRedo(): boolean {
    return allows(this.toolkit, 'redo') && this.stacks.canRedo;
  }

  get finishedT(): number | undefined {
    return this.finishedAt;
  }

  /** For React's useSyncExternalStore: stable between changes. */
  get snapshot(): EditorSnapshot {
    this.snapshotCache ??= { state: this.state, choice: this.chosen, canUndo: this.canUndo, canRedo: this.canRedo };
    return this.snapshotCache;
  }

  /** The strokes in effect now (eraser strokes included; they erase what lies beneath). */
  visibleStrokes(): Stroke[] {
    return replay(this.list).strokes;
  }

  /** The strokes in effect now with their event indices (for the canvas to repaint only what changed). */
  visible(): ReplayState {
    return replay(this.list);
  }

  subscribe(listener: (change: EditorChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- Tool choice ------------------------------------------------------------------------

  chooseTool(tool: Tool): void {
    this.setChoice(chooseTool(this.toolkit, this.chosen, tool));
  }

  chooseColour(colourId: string): void {
    this.setChoice(chooseColour(this.toolkit, this.chosen, colourId));
  }

  chooseWidth(width: WidthName): void {
    this.setChoice(chooseWidth(this.chosen, width));
  }

  private setChoice(next: ToolChoice): void {
    if (next === this.chosen) return;
    this.chosen = next;
    this.emit({ kind: 'choice' });
  }

  // ---- Pointer input ----------------------------------------------------------------------

  /** A pointer touched the page; returns whether it began a stroke. */
  pointerDown(sample: PointerSample): boolean {
    if (this.finishedAt !== undefined) return false;
    if (sample.pointerType === 'pen') this.palm.penDown(sample.pointerId, sample.t);
    if (this.live) {
      // A pen landing while a touch draws: the touch was the hand resting on the screen.
      if (sample.pointerType !== 'pen' || this.live.stroke.pointerType !== 'touch') return false;
      const dropped = this.live.stroke;
      this.live = null;
      this.emit({ kind: 'discarded', stroke: dropped });
    }
    if (sample.pointerType === 'touch' && !this.palm.acceptsTouch(sample.t)) return false;
    const style = strokeStyle(this.toolkit, this.chosen);
    const t = Math.max(sample.t, this.lastStart, this.barrier, 0);
    const stroke = { kind: 'stroke' as const, ...style, pointerType: sample.pointerType, points: [] as Point[] };
    this.live = { pointerId: sample.pointerId, stroke, pending: [], ticked: 0 };
    this.buffer(this.live, sample, t);
    this.emit({ kind: 'started' });
    return true;
  }

  /** A move (or one coalesced sample of it); buffered until the next `tick`. */
  pointerMove(sample: PointerSample): void {
    if (sample.pointerType === 'pen') this.palm.penSeen(sample.t);
    const live = this.live;
    if (!live || live.pointerId !== sample.pointerId) return;
    this.buffer(live, sample, sample.t);
  }

  /** The pointer lifted: the stroke, with every buffered sample, is appended to the events. */
  pointerUp(sample: PointerSample): void {
    if (sample.pointerType === 'pen') this.palm.penUp(sample.pointerId, sample.t);
    const live = this.live;
    if (!live || live.pointerId !== sample.pointerId) return;
    // The lift is a sample too: a pen resting still sends no moves, and its lift time ends the stroke.
    const last = live.pending[live.pending.length - 1] ?? live.stroke.points[live.stroke.points.length - 1];
    if (!last || last.x !== sample.x || last.y !== sample.y || last.t < sample.t) this.buffer(live, sample, sample.t);
    this.commit();
  }

  /**
   * The system took the pointer away (e.g. a gesture). What was drawn stays: the client saw it
   * appear, and the record must match what they saw.
   */
  pointerCancel(sample: Pick<PointerSample, 'pointerId' | 'pointerType' | 't'>): void {
    if (sample.pointerType === 'pen') this.palm.penUp(sample.pointerId, sample.t);
    if (this.live?.pointerId === sample.pointerId) this.commit();
  }

  /** Commits the samples buffered since the last frame; null when there is nothing new. */
  tick(): LiveUpdate | null {
    const live = this.live;
    if (!live || live.pending.length === 0) return null;
    const from = live.stroke.points.length;
    for (const point of live.pending) live.stroke.points.push(point);
    live.pending.length = 0;
    live.ticked = live.stroke.points.length;
    this.emit({ kind: 'live' });
    return { stroke: live.stroke, from };
  }

  private buffer(live: Live, sample: PointerSample, t: number): void {
    const previous = live.pending[live.pending.length - 1] ?? live.stroke.points[live.stroke.points.length - 1];
    const time = previous ? Math.max(t, previous.t) : t;
    live.pending.push({ x: sample.x, y: sample.y, pressure: recordedPressure(sample), t: time });
  }

  private commit(): void {
    const live = this.live;
    if (!live) return;
    this.tick();
    this.live = null;
    const stroke: Stroke = live.stroke;
    const index = this.append(stroke);
    this.emit({ kind: 'committed', stroke, index });
  }

  // ---- Undo, redo, clear, finish -------------------------------------------------------

  /** Recorded even with nothing to undo (the press is part of the process); not while drawing. */
  undo(t: number): boolean {
    return this.action('undo', t);
  }

  redo(t: number): boolean {
    return this.action('redo', t);
  }

  clear(t: number): boolean {
    return this.action('clear', t);
  }

  /** Refused (nothing recorded) when the protocol does not allow the action: the backend would refuse it too. */
  private action(kind: 'undo' | 'redo' | 'clear', t: number): boolean {
    if (this.live || this.finishedAt !== undefined || !allows(this.toolkit, kind)) return false;
    const before = this.stacks.version;
    const event: DrawingEvent = { kind, t: Math.max(t, this.maxEnd, this.lastStart, 0) };
    this.append(event);
    this.emit({ kind: 'recorded', event });
    if (this.stacks.version !== before) this.emit({ kind: 'visible' });
    return true;
  }

  /** "Finished": ends a stroke in progress and records the finish time; input stops. */
  finish(t: number): number {
    if (this.finishedAt !== undefined) return this.finishedAt;
    this.commit();
    this.finishedAt = Math.max(t, this.maxEnd, 0);
    this.emit({ kind: 'finished' });
    return this.finishedAt;
  }

  private append(event: DrawingEvent): number {
    const index = this.list.length;
    this.list.push(event);
    this.stacks.apply(event, index);
    const start = eventStart(event);
    const end = eventEnd(event);
    if (start > this.lastStart) this.lastStart = start;
    if (end > this.maxEnd) this.maxEnd = end;
    if (event.kind !== 'stroke' && end > this.barrier) this.barrier = end;
    return index;
  }

  private emit(change: EditorChange): void {
    if (change.kind !== 'live') this.snapshotCache = null;
    for (const listener of this.listeners) listener(change);
  }
}
