/**
 * Writes the drawing to the encrypted database while the client draws (issue 3, item 6): on
 * every stroke end and undo/redo/clear, and while a stroke goes on at least every
 * FLUSH_INTERVAL_MS, following assessments/drawing/flushPolicy.ts. Each flush sends the events
 * recorded since the last stored one as a chunk, and the stroke in progress as the pending tail.
 *
 * Flushes run one at a time, in order; a failed flush is retried with the same and any newer
 * events. The status tells the screen only whether saving works, so the client is told nothing
 * unless it fails.
 */
import { FLUSH_INTERVAL_MS, flushPayload, nextFlushDue, shouldFlush } from '../../../../assessments/drawing/flushPolicy';
import type { Result } from '../../../../electron/contract/errors';
import type { DrawingClock } from '../tools/drawingClock';
import type { DrawingEditor, EditorChange } from '../tools/drawingEditor';
import { toBase64 } from './base64';

export type AppendInput = { id: string; chunk: string; pendingTail: string | null };
export type SyncTransport = {
  append(input: AppendInput): Promise<Result<{ eventCount: number }>>;
  finish(input: { id: string; finishedT: number }): Promise<Result<unknown>>;
};

export type SyncStatus = 'saving' | 'failing';

/** Retries after a failure no later than this, even with nothing new to trigger a check. */
const RETRY_MS = FLUSH_INTERVAL_MS;

export class DrawingSync {
  /** Events already stored. */
  private stored: number;
  /** Points of the stroke in progress already sent as the pending tail (0: none). */
  private tailSent = 0;
  private lastFlushAt: number;
  private chain: Promise<boolean> = Promise.resolve(true);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;
  private failing = false;
  private stopped = false;
  private finishedT: number | null = null;
  private finishStored = false;
  private finishing: Promise<boolean> | null = null;

  constructor(
    private readonly editor: DrawingEditor,
    private readonly drawingId: string,
    private readonly clock: DrawingClock,
    private readonly transport: SyncTransport,
    private readonly onStatus: (status: SyncStatus) => void = () => undefined,
    /** Events the database already holds (a resumed drawing). */
    storedEvents = editor.events.length,
  ) {
    this.stored = storedEvents;
    this.lastFlushAt = clock.now();
  }

  start(): void {
    this.unsubscribe = this.editor.subscribe((change) => this.onChange(change));
    this.schedule(nextFlushDue(this.lastFlushAt));
    // Events the database lacks (re-sent after a resume) go out at once.
    if (this.editor.events.length > this.stored) void this.flush();
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    if (this.timer !== null) clearTimeout(this.timer);
  }

  /** Whether anything is not stored yet: events, or points of the stroke in progress. */
  get unflushed(): boolean {
    const live = this.editor.liveStroke;
    return this.editor.events.length > this.stored || (live !== null && live.points.count !== this.tailSent);
  }

  /** Sends what is not stored yet; resolves true when everything sent so far is stored. */
  flush(): Promise<boolean> {
    this.lastFlushAt = this.clock.now();
    this.chain = this.chain.then(() => this.sendOnce());
    return this.chain;
  }

  /**
   * "Finished": the last events, then drawings:finish. Resolves false if storing failed; it is
   * then retried with the flushes until it succeeds.
   */
  finish(): Promise<boolean> {
    this.finishedT ??= this.editor.finish(this.clock.now());
    this.finishing ??= this.storeFinish().finally(() => {
      this.finishing = null;
    });
    return this.finishing;
  }

  private async storeFinish(): Promise<boolean> {
    if (this.finishStored) return true;
    if (!(await this.flush())) return false;
    const result = await this.transport.finish({ id: this.drawingId, finishedT: this.finishedT! });
    this.finishStored = result.ok;
    this.setFailing(!result.ok);
    return result.ok;
  }

  private onChange(change: EditorChange): void {
    if (this.stopped || change.kind === 'choice' || change.kind === 'finished') return;
    const strokeEnded = change.kind === 'committed' || change.kind === 'recorded';
    if (shouldFlush({ lastFlushAt: this.lastFlushAt, strokeEnded, unflushed: this.unflushed, now: this.clock.now() }))
      void this.flush();
  }

  private schedule(at: number): void {
    if (this.stopped) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.onTimer(), Math.max(0, at - this.clock.now()));
  }

  private onTimer(): void {
    this.timer = null;
    const now = this.clock.now();
    if (this.finishedT !== null && !this.finishStored) {
      void this.finish();
    } else if (
      this.unflushed &&
      (this.failing || shouldFlush({ lastFlushAt: this.lastFlushAt, strokeEnded: false, unflushed: true, now }))
    ) {
      void this.flush();
    }
    this.schedule(this.failing ? now + RETRY_MS : nextFlushDue(this.lastFlushAt));
  }

  private async sendOnce(): Promise<boolean> {
    const events = this.editor.events;
    const upTo = events.length;
    const live = this.editor.liveStroke;
    const tailPoints = live?.points.count ?? 0;
    if (upTo === this.stored && tailPoints === this.tailSent) return !this.failing;
    const payload = flushPayload(events.slice(this.stored, upTo), live);
    const result = await this.transport.append({
      id: this.drawingId,
      chunk: toBase64(payload.chunk),
      pendingTail: payload.pendingTail ? toBase64(payload.pendingTail) : null,
    });
    if (result.ok) {
      this.stored = upTo;
      this.tailSent = payload.pendingTail ? tailPoints : 0;
    }
    this.setFailing(!result.ok);
    return result.ok;
  }

  private setFailing(failing: boolean): void {
    if (failing === this.failing) return;
    this.failing = failing;
    this.onStatus(failing ? 'failing' : 'saving');
  }
}
