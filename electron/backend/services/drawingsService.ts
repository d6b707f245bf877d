import { encodeEvents } from '../../../assessments/drawing/encoding';
import { type Drawing, type DrawingEvent, MAX_TIME_MS, POINTER_TYPES, type PointerType } from '../../../assessments/drawing/model';
import type { Orientation } from '../../../assessments/drawing/page';
import { eventEnd } from '../../../assessments/drawing/timeline';
import { type DrawingInfo, type DrawingView, type DrawingWithBytes, MAX_DRAWING_BYTES } from '../../contract/drawingChannels';
import { AppFailure } from '../../contract/errors';
import {
  type DrawingRow,
  deleteChunks,
  findDrawing,
  insertChunk,
  insertDrawing,
  listAllDrawings,
  listDrawingsInProgress,
  readPendingTail,
  readStream,
  streamLength,
  updateDrawing,
} from '../db/repos/drawingsRepo';
import { findDrawingImage } from '../db/repos/drawingImagesRepo';
import { linkDrawing } from '../db/repos/groupSessionsRepo';
import type { DrawingSessionState, OpenVault } from '../vault/vault';
import { newId } from '../vault/wrap';
import { refuseIfSignedDrawing } from './assessments/signedDrawings';
import { nowIso, type ServiceContext, audit } from './context';
import { concat, decodeOrRefuse, encodeOrRefuse, orderingSummary, streamHeader, streamStart } from './drawingStream';
import { mayTouchDrawing } from './groups/drawingAccess';

/** This sign-in's drawing state, created on first use. */
export function drawingSession(open: OpenVault): DrawingSessionState {
  open.drawing ??= { writable: new Map(), clientMode: null };
  return open.drawing;
}

export function toDrawingInfo(row: DrawingRow): DrawingInfo {
  return {
    id: row.id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    orientation: row.orientation,
    medium: row.medium,
    status: row.status,
    instrumentId: row.instrument_id,
    pageId: row.page_id,
    pointerTypes: JSON.parse(row.pointer_types) as PointerType[],
    screen:
      row.screen_width !== null && row.screen_height !== null && row.device_pixel_ratio !== null
        ? { width: row.screen_width, height: row.screen_height, devicePixelRatio: row.device_pixel_ratio }
        : null,
    eventCount: row.event_count,
    hasPendingTail: row.has_pending_tail === 1,
    finishedAt: row.finished_at,
    finishedT: row.finished_t,
  };
}

/**
 * The drawing, or NOT_FOUND. Also FORBIDDEN when the caller may not touch it: a facilitator who is
 * not a psychologist reaches only group drawings of their own groups (groups/drawingAccess.ts).
 */
export function requireDrawing(open: OpenVault, id: string): DrawingRow {
  const row = findDrawing(open.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such drawing');
  if (!mayTouchDrawing(open, id)) throw new AppFailure('FORBIDDEN', 'not a drawing of your groups', { reasons: ['notYourGroup'] });
  return row;
}

/**
 * A drawing that may take strokes now: in progress, and created or resumed by this sign-in. A
 * drawing left by a crash or a lock must be resumed first, so the interruption is recorded as a gap
 * instead of silently joining the strokes before and after it.
 */
export function requireWritable(open: OpenVault, id: string): { row: DrawingRow; summary: DrawingEvent[] } {
  const row = requireDrawing(open, id);
  refuseIfSignedDrawing(open.db, id);
  if (row.status === 'finished') throw new AppFailure('DRAWING_FINISHED', 'the drawing is finished and read-only');
  const summary = drawingSession(open).writable.get(id);
  if (!summary) throw new AppFailure('DRAWING_INTERRUPTED', 'resume the drawing first');
  return { row, summary };
}

/** Pointer types in the contract's order, without duplicates. */
function mergePointerTypes(stored: string, drawings: readonly Drawing[]): string {
  const seen = new Set(JSON.parse(stored) as PointerType[]);
  for (const d of drawings) for (const e of d.events) if (e.kind === 'stroke') seen.add(e.pointerType);
  return JSON.stringify(POINTER_TYPES.filter((p) => seen.has(p)));
}

/** Starts a digital drawing: the stream begins as the header and an empty chunk (ENCODING.md, "Appending"). */
export function createDrawing(
  ctx: ServiceContext,
  input: {
    orientation: Orientation;
    instrumentId?: string | undefined;
    pageId?: string | undefined;
    pointerTypes?: PointerType[] | undefined;
    screen: { width: number; height: number; devicePixelRatio: number };
  },
  /** A member's drawing in a group session (services/groups/groupDrawings.ts). */
  group?: { groupSessionId: string; groupMemberId: string },
): { id: string } {
  const open = ctx.vault.session();
  const at = nowIso(ctx);
  const id = newId();
  open.db.transaction(() => {
    insertDrawing(open.db, {
      id,
      created_by: open.account.id,
      created_at: at,
      updated_at: at,
      orientation: input.orientation,
      instrument_id: input.instrumentId ?? null,
      page_id: input.pageId ?? null,
      medium: 'digital',
      pointer_types: mergePointerTypes(JSON.stringify(input.pointerTypes ?? []), []),
      screen_width: input.screen.width,
      screen_height: input.screen.height,
      device_pixel_ratio: input.screen.devicePixelRatio,
      status: 'in-progress',
      strokes: streamStart(input.orientation),
      event_count: 0,
      finished_at: null,
      finished_t: null,
    });
    if (group) linkDrawing(open.db, id, group.groupSessionId, group.groupMemberId);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'drawing.created',
      targetKind: 'drawing',
      targetId: id,
      details: { orientation: input.orientation, ...(input.instrumentId ? { instrumentId: input.instrumentId } : {}) },
    });
  })();
  drawingSession(open).writable.set(id, []);
  return { id };
}

/**
 * Stores one flush. The chunk alone must decode, and hold only strokes, undo, redo and clear
 * (gaps are the backend's to record on resume, the end is `finish`'s); the tail must be one
 * stroke; and the chunk and tail must be in order after what is stored. Anything else is refused
 * before a byte is written. The order is checked against the stored drawing's ordering summary
 * (drawingStream.ts), so a flush costs the size of the flush, not of the drawing.
 *
 * Appends are not audited one by one: they come every ~2 s from the session that created or
 * resumed the drawing, between its audited `drawing.created`/`drawing.resumed` and
 * `drawing.finished` (or the audited lock), so a row per flush would add nothing about who
 * changed what, and would bury the views the log exists to show.
 */
export function appendToDrawing(ctx: ServiceContext, input: { id: string; chunk: string; pendingTail: string | null }): { eventCount: number } {
  const open = ctx.vault.session();
  const { row, summary } = requireWritable(open, input.id);
  const chunk = Buffer.from(input.chunk, 'base64');
  const tail = input.pendingTail === null ? null : Buffer.from(input.pendingTail, 'base64');
  if (streamLength(open.db, input.id) + chunk.length + (tail?.length ?? 0) > MAX_DRAWING_BYTES) {
    throw new AppFailure('INVALID_DRAWING', 'the drawing is too large', { reasons: ['tooLarge'] });
  }
  const header = streamHeader(row.orientation);
  const added = decodeOrRefuse(concat(header, chunk), 'the chunk');
  if (added.finishedT !== undefined) throw new AppFailure('INVALID_DRAWING', 'finish with drawings:finish', { reasons: ['finish'] });
  if (added.events.some((e) => e.kind === 'gap')) {
    throw new AppFailure('INVALID_DRAWING', 'gaps are recorded by drawings:resume', { reasons: ['gap'] });
  }
  const pending = tail === null ? null : decodeOrRefuse(concat(header, tail), 'the pending tail');
  if (pending && (pending.events.length !== 1 || pending.events[0]?.kind !== 'stroke' || pending.finishedT !== undefined)) {
    throw new AppFailure('INVALID_DRAWING', 'the pending tail must be one stroke', { reasons: ['tail'] });
  }
  decodeOrRefuse(concat(header, encodeEvents(summary), chunk, tail), 'the drawing');
  const eventCount = row.event_count + added.events.length;
  open.db.transaction(() => {
    // A chunk without events (only the tail moved on) adds nothing worth a row.
    if (added.events.length > 0) insertChunk(open.db, input.id, chunk);
    updateDrawing(open.db, input.id, {
      pending_tail: tail,
      event_count: eventCount,
      pointer_types: mergePointerTypes(row.pointer_types, pending ? [added, pending] : [added]),
      // Also when nothing changed: the last write is the last moment the app is known to have run (resume's gap).
      updated_at: nowIso(ctx),
    });
  })();
  drawingSession(open).writable.set(input.id, orderingSummary([...summary, ...added.events]));
  return { eventCount };
}

/**
 * The client pressed "Finished". A pending tail (a stroke still drawn when the button was pressed)
 * is kept as a stroke. The chunks are folded into `strokes` here, once, so a finished drawing is a
 * single blob.
 */
export function finishDrawing(ctx: ServiceContext, input: { id: string; finishedT: number }): DrawingInfo {
  const open = ctx.vault.session();
  requireWritable(open, input.id);
  const stored = readStream(open.db, input.id);
  const tail = readPendingTail(open.db, input.id);
  const end = encodeOrRefuse(() => encodeEvents([], { finishedT: input.finishedT }));
  const full = concat(stored, tail, end);
  const drawing = decodeOrRefuse(full, 'the finished drawing');
  open.db.transaction(() => {
    updateDrawing(open.db, input.id, {
      strokes: full,
      pending_tail: null,
      event_count: drawing.events.length,
      status: 'finished',
      finished_at: nowIso(ctx),
      finished_t: drawing.finishedT ?? 0,
      updated_at: nowIso(ctx),
    });
    deleteChunks(open.db, input.id);
    audit(ctx, open.db, { actorId: open.account.id, action: 'drawing.finished', targetKind: 'drawing', targetId: input.id });
  })();
  drawingSession(open).writable.delete(input.id);
  return toDrawingInfo(requireDrawing(open, input.id));
}

/**
 * The drawing with its strokes, the pending tail as its last stroke; a paper drawing also with its
 * picture (its stroke stream is empty). Audited as a view. Annotations are not included: they are
 * the psychologist's layer, read with annotations:list, and this channel is open in client mode.
 */
export function getDrawing(ctx: ServiceContext, id: string): DrawingView {
  const open = ctx.vault.session();
  const row = requireDrawing(open, id);
  const bytes = concat(readStream(open.db, id), readPendingTail(open.db, id));
  const image = row.medium === 'paper' ? findDrawingImage(open.db, id) : undefined;
  audit(ctx, open.db, { actorId: open.account.id, action: 'drawing.viewed', targetKind: 'drawing', targetId: id });
  return {
    ...toDrawingInfo(row),
    bytes: bytes.toString('base64'),
    processMetricsAvailable: row.medium === 'digital',
    image: image ? { mime: image.mime, width: image.width, height: image.height, data: image.bytes.toString('base64') } : null,
  };
}

/** Drawings in progress, for the UI to offer resumption after a crash or a lock. */
/** Every drawing, newest first: what the Drawings area lists. */
export function listDrawings(ctx: ServiceContext): DrawingInfo[] {
  return listAllDrawings(ctx.vault.session().db).map(toDrawingInfo);
}

export function listUnfinishedDrawings(ctx: ServiceContext): DrawingInfo[] {
  return listDrawingsInProgress(ctx.vault.session().db).map(toDrawingInfo);
}

/**
 * Continues an unfinished drawing (DESIGN.md: "the gap recorded as such"). The pending tail
 * becomes a stroke ending where the last flush cut it; then a gap starts at the end of the last
 * event. Without `resumedAtT` it lasts from the last write to now by the wall clock: an upper
 * bound on the time the app was not running, since any pause between the last write and the crash
 * left no trace and is counted in the gap.
 */
export function resumeDrawing(
  ctx: ServiceContext,
  input: { id: string; resumedAtT?: number | undefined },
): DrawingWithBytes & { gap: { t: number; durationMs: number }; resumeAtT: number } {
  const open = ctx.vault.session();
  const row = requireDrawing(open, input.id);
  refuseIfSignedDrawing(open.db, input.id);
  if (row.status === 'finished') throw new AppFailure('DRAWING_FINISHED', 'the drawing is finished and read-only');
  const stored = readStream(open.db, input.id);
  const tail = readPendingTail(open.db, input.id);
  const before = decodeOrRefuse(concat(stored, tail), 'the stored drawing');
  const t = before.events.reduce((end, e) => Math.max(end, eventEnd(e)), 0);
  const durationMs =
    input.resumedAtT !== undefined ? input.resumedAtT - t : Math.max(0, Math.round(ctx.vault.now() - Date.parse(row.updated_at)));
  if (durationMs < 0) throw new AppFailure('INVALID_DRAWING', 'resumedAtT is before the end of the last event', { reasons: ['resumedAtT'] });
  if (t + durationMs > MAX_TIME_MS) throw new AppFailure('INVALID_DRAWING', 'the drawing would pass its longest possible time');
  const gapChunk = encodeOrRefuse(() => encodeEvents([{ kind: 'gap', t, durationMs }]));
  const full = concat(stored, tail, gapChunk);
  const after = decodeOrRefuse(full, 'the resumed drawing');
  open.db.transaction(() => {
    if (tail) insertChunk(open.db, input.id, tail);
    insertChunk(open.db, input.id, gapChunk);
    updateDrawing(open.db, input.id, { pending_tail: null, event_count: after.events.length, updated_at: nowIso(ctx) });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'drawing.resumed',
      targetKind: 'drawing',
      targetId: input.id,
      details: { gapMs: durationMs },
    });
  })();
  drawingSession(open).writable.set(input.id, orderingSummary(after.events));
  const info = toDrawingInfo(requireDrawing(open, input.id));
  return { ...info, bytes: full.toString('base64'), gap: { t, durationMs }, resumeAtT: t + durationMs };
}
