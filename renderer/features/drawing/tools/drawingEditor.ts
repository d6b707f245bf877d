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
 *
 * Strokes are typed (assessments/drawing/typed.ts): the stroke being drawn grows in its own typed
 * buffers and is packed into exact-length arrays when it ends, so a page of 20,000 strokes holds a
 * few arrays per stroke, not an object per point for the garbage collector to walk.
 */
import type { Page } from '../../../../assessments/drawing/page';
import { type ReplayState, eventEnd, eventStart, replay } from '../../../../assessments/drawing';
import type { TypedEvent, TypedStroke } from '../../../../assessments/drawing/typed';
import { LiveStrokeBuffer } from './liveStrokeBuffer';
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
  | { kind: 'committed'; stroke: TypedStroke; index: number }
  /** The live stroke was dropped: it was a palm, and the pen came down. */
  | { kind: 'discarded'; stroke: TypedStroke }
  /** An undo, redo or clear was recorded (whether or not it changed anything). */
  | { kind: 'recorded'; event: TypedEvent }
  /**
   * Undo, redo or clear changed which strokes are in effect. `stroke` is the event index of the
   * one stroke that went or came back (undo or redo of a stroke), so a renderer can repaint only
   * where it lies; absent when a clear was made, undone or redone (many strokes changed).
   */
  | { kind: 'visible'; stroke?: number }
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
  stroke: TypedStroke;
  /** Index of the first point added by this tick. */
  from: number;
}

export interface EditorOptions {
  page: Page;
  toolkit: Toolkit;
  /** Events recorded before (a resumed drawing); the editor continues after them. */
  events?: readonly TypedEvent[];
  palmWindowMs?: number;
}

interface Live {
  pointerId: number;
  style: Omit<TypedStroke, 'points'>;
  /** Every sample so far, ticked or not. */
  buffer: LiveStrokeBuffer;
  /** Points already handed out by `tick`. */
  ticked: number;
  /** The stroke as of the last tick (views into the buffer), made once per tick. */
  view: TypedStroke | null;
}

export class DrawingEditor {
  readonly page: Page;
  readonly toolkit: Toolkit;
  private readonly list: TypedEvent[];
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
  get events(): readonly TypedEvent[] {
    return this.list;
  }

  /** The stroke being drawn, with the points committed by the last `tick`. */
  get liveStroke(): TypedStroke | null {
    const live = this.live;
    if (!live) return null;
    live.view ??= { ...live.style, points: live.buffer.view(live.ticked) };
    return live.view;
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
  visibleStrokes(): TypedStroke[] {
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
      if (sample.pointerType !== 'pen' || this.live.style.pointerType !== 'touch') return false;
      const dropped: TypedStroke = { ...this.live.style, points: this.live.buffer.view(this.live.buffer.count) };
      this.live = null;
      this.emit({ kind: 'discarded', stroke: dropped });
    }
    if (sample.pointerType === 'touch' && !this.palm.acceptsTouch(sample.t)) return false;
    const style = strokeStyle(this.toolkit, this.chosen);
    const t = Math.max(sample.t, this.lastStart, this.barrier, 0);
    this.live = {
      pointerId: sample.pointerId,
      style: { kind: 'stroke', ...style, pointerType: sample.pointerType },
      buffer: new LiveStrokeBuffer(),
      ticked: 0,
      view: null,
    };
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
    const lastT = live.buffer.lastT;
    if (lastT === undefined || !live.buffer.lastIs(sample.x, sample.y) || lastT < sample.t) this.buffer(live, sample, sample.t);
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
    if (!live || live.buffer.count === live.ticked) return null;
    const from = live.ticked;
    live.ticked = live.buffer.count;
    live.view = null;
    this.emit({ kind: 'live' });
    return { stroke: this.liveStroke!, from };
  }

  private buffer(live: Live, sample: PointerSample, t: number): void {
    const previous = live.buffer.lastT;
    const time = previous !== undefined ? Math.max(t, previous) : t;
    live.buffer.push(sample.x, sample.y, time, recordedPressure(sample));
  }

  private commit(): void {
    const live = this.live;
    if (!live) return;
    this.tick();
    this.live = null;
    const stroke: TypedStroke = { ...live.style, points: live.buffer.pack() };
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
    const event: TypedEvent = { kind, t: Math.max(t, this.maxEnd, this.lastStart, 0) };
    this.append(event);
    this.emit({ kind: 'recorded', event });
    if (this.stacks.version !== before) {
      const changed = this.stacks.lastChanged;
      this.emit(changed === undefined ? { kind: 'visible' } : { kind: 'visible', stroke: changed });
    }
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

  private append(event: TypedEvent): number {
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
