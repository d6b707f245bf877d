/**
 * When the canvas writes to the database (issue 3, item 6): on every stroke end, and often enough
 * while drawing that a crash or a power cut loses at most MAX_LOSS_MS of the process.
 *
 * The flush interval is shorter than the promise: what a crash loses is everything drawn after the
 * last *committed* flush, and that includes the time a flush spends on its way to the disk
 * (IPC, one transaction with synchronous=FULL) and the spacing of the sample that triggers the next
 * one. Flushing every 1.5 s leaves 500 ms for both.
 *
 * Pure: the caller passes the times (any monotonic clock in ms, e.g. the drawing clock) and runs
 * the flush. Call `shouldFlush` on every committed event, on every pointer sample (or animation
 * frame), and from a timer at `nextFlushDue`, so points sampled just before the pen stops moving are
 * flushed even if no further sample comes.
 */
import { encodeTypedEvents } from './encoding';
import type { TypedEvent, TypedStroke } from './typed';

/** The most drawing time a crash may lose (docs/DESIGN.md, Drawings: "at most the last couple of seconds"). */
export const MAX_LOSS_MS = 2000;
/** The longest time between flushes while there is something to write. */
export const FLUSH_INTERVAL_MS = 1500;

export interface FlushCheck {
  /** When the last flush was started (or when the drawing began, before the first). */
  lastFlushAt: number;
  /** A stroke just ended, or another event (undo, redo, clear) was just recorded. */
  strokeEnded: boolean;
  /** Something is not yet written: events, or points of the stroke in progress. */
  unflushed: boolean;
  now: number;
}

/** True when the caller should flush now. */
export function shouldFlush(check: FlushCheck): boolean {
  if (!check.unflushed) return false;
  return check.strokeEnded || check.now - check.lastFlushAt >= FLUSH_INTERVAL_MS;
}

/** When to check again if nothing else happens (for a timer). */
export function nextFlushDue(lastFlushAt: number): number {
  return lastFlushAt + FLUSH_INTERVAL_MS;
}

/** What one flush sends: `drawings:append`'s chunk and pending tail, as bytes. */
export interface FlushPayload {
  /** `encodeTypedEvents` of the events recorded since the last flush (possibly none). */
  chunk: Uint8Array;
  /** The stroke still being drawn, as a one-stroke chunk; null when the pen is up. */
  pendingTail: Uint8Array | null;
}

/**
 * Builds a flush from the events not yet written and the stroke in progress. The tail is the
 * whole stroke so far, replaced on each flush, so a stroke longer than the interval survives a
 * crash cut where it was.
 */
export function flushPayload(newEvents: readonly TypedEvent[], inProgress: TypedStroke | null): FlushPayload {
  return {
    chunk: encodeTypedEvents(newEvents),
    pendingTail: inProgress && inProgress.points.count > 0 ? encodeTypedEvents([inProgress]) : null,
  };
}
