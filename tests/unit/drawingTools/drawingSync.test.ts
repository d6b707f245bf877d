import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeDrawing, encodeDrawing } from '../../../assessments/drawing';
import { FLUSH_INTERVAL_MS } from '../../../assessments/drawing/flushPolicy';
import type { Result } from '../../../electron/contract/errors';
import { fromBase64 } from '../../../renderer/features/drawing/storage/base64';
import { type AppendInput, DrawingSync, type SyncStatus } from '../../../renderer/features/drawing/storage/drawingSync';
import { DrawingClock } from '../../../renderer/features/drawing/tools/drawingClock';
import { TestEditor } from './helpers';

/** A backend that stores appends as the real one does: the stream grows by chunks, the tail is replaced. */
class FakeStore {
  chunks: Uint8Array[] = [encodeDrawing({ page: { orientation: 'portrait' }, events: [] })];
  tail: Uint8Array | null = null;
  finishedT: number | null = null;
  failing = false;
  appends: AppendInput[] = [];

  append = async (input: AppendInput): Promise<Result<{ eventCount: number }>> => {
    this.appends.push(input);
    if (this.failing) return { ok: false, error: { code: 'INTERNAL', message: 'disk full' } };
    this.chunks.push(fromBase64(input.chunk));
    this.tail = input.pendingTail ? fromBase64(input.pendingTail) : null;
    return { ok: true, value: { eventCount: this.drawing().events.length } };
  };

  finish = async (input: { finishedT: number }): Promise<Result<unknown>> => {
    if (this.failing) return { ok: false, error: { code: 'INTERNAL', message: 'disk full' } };
    this.finishedT = input.finishedT;
    return { ok: true, value: null };
  };

  /** What a crash now would leave: the stored chunks and the last tail. */
  drawing() {
    const parts = [...this.chunks, ...(this.tail ? [this.tail] : [])];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return decodeDrawing(bytes);
  }
}

let now = 0;
let store: FakeStore;
let t: TestEditor;
let statuses: SyncStatus[];
let sync: DrawingSync;

beforeEach(() => {
  vi.useFakeTimers();
  now = 0;
  store = new FakeStore();
  t = new TestEditor();
  statuses = [];
  const clock = new DrawingClock(() => now);
  sync = new DrawingSync(t.editor, 'd1', clock, store, (s) => statuses.push(s));
  sync.start();
});

afterEach(() => {
  sync.stop();
  vi.useRealTimers();
});

/** Moves both clocks on: the drawing clock (performance.now) and the timers. */
async function elapse(ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 10) {
    now += Math.min(10, left);
    await vi.advanceTimersByTimeAsync(Math.min(10, left));
  }
}

describe('saving while the client draws', () => {
  it('stores each stroke when it ends, with no tail', async () => {
    t.now = now;
    t.stroke([0, 0], [10, 10], [20, 20]);
    await vi.runOnlyPendingTimersAsync();
    expect(store.drawing().events).toHaveLength(1);
    expect(store.tail).toBeNull();
  });

  it('saves a long stroke as the pending tail at least every flush interval, so a crash loses under 2 s', async () => {
    t.now = now;
    t.pointerDown(0, 0);
    for (let i = 1; i <= 400; i++) {
      await elapse(10);
      t.now = now;
      t.editor.pointerMove({ pointerId: 1, pointerType: 'mouse', x: i, y: i, pressure: 0.5, t: now });
      t.editor.tick();
      // What a crash would leave: the tail cut where the last flush saw it.
      const saved = store.drawing().events[0];
      const savedUpTo = saved && saved.kind === 'stroke' ? saved.points[saved.points.length - 1]!.t : 0;
      expect(now - savedUpTo).toBeLessThanOrEqual(FLUSH_INTERVAL_MS + 10);
    }
    expect(store.appends.length).toBeGreaterThanOrEqual(2);
    expect(store.appends.length).toBeLessThanOrEqual(4);
  });

  it('stores undo, redo and clear as they happen', async () => {
    t.now = now;
    t.stroke([0, 0], [1, 1]);
    t.editor.undo(t.wait(100).now);
    t.editor.clear(t.wait(100).now);
    await vi.runOnlyPendingTimersAsync();
    expect(store.drawing().events.map((e) => e.kind)).toEqual(['stroke', 'undo', 'clear']);
  });

  it('reports a failure once, keeps retrying, and loses nothing', async () => {
    store.failing = true;
    t.now = now;
    t.stroke([0, 0], [1, 1]);
    await elapse(100);
    expect(statuses).toEqual(['failing']);
    t.wait(200).stroke([5, 5], [6, 6]);
    await elapse(FLUSH_INTERVAL_MS * 2);
    expect(store.chunks).toHaveLength(1);
    store.failing = false;
    await elapse(FLUSH_INTERVAL_MS * 2);
    expect(statuses).toEqual(['failing', 'saving']);
    expect(store.drawing().events).toHaveLength(2);
  });

  it('finishes after storing the last events, and retries a failed finish', async () => {
    t.now = now;
    t.pointerDown(0, 0).pointerMove(3, 3);
    store.failing = true;
    now += 50;
    expect(await sync.finish()).toBe(false);
    store.failing = false;
    await elapse(FLUSH_INTERVAL_MS * 2);
    expect(store.finishedT).toBe(50);
    expect(store.drawing().events).toHaveLength(1);
  });
});
