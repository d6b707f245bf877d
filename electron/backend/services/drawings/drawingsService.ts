import type { z } from 'zod';
import { encodeEvents } from '../../../../assessments/drawing/encoding';
import { type DrawingEvent, MAX_TIME_MS, POINTER_TYPES, type PointerType } from '../../../../assessments/drawing/model';
import { eventEnd } from '../../../../assessments/drawing/timeline';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import {
  type DrawingInfo,
  type DrawingListItem,
  type DrawingView,
  type DrawingWithBytes,
  MAX_DRAWING_BYTES,
  type drawingChannels,
} from '../../../contract/drawingChannels';
import type { ClientMode } from '../../../contract/schemas';
import { AppFailure } from '../../../contract/errors';
import {
  type DrawingRow,
  type NewDrawingRow,
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
} from '../../db/repos/drawingsRepo';
import { findDrawingImage } from '../../db/repos/drawingImagesRepo';
import { findClient } from '../../db/repos/clientsRepo';
import { linkDrawing } from '../../db/repos/groupSessionsRepo';
import type { SignedInContext } from '../signedIn';
import { refuseIfSignedDrawing } from '../signing/signedDrawings';
import { concat, decodeOrRefuse, encodeOrRefuse, orderingSummary, streamHeader, streamStart } from './drawingStream';
import { mayTouchDrawing } from '../groups/drawingAccess';
import { refuseOutsideProtocol } from './toolPolicyCheck';

type Input<C extends keyof typeof drawingChannels> = z.output<(typeof drawingChannels)[C]['input']>;

/** Client mode for a drawing: it must be open for strokes in this sign-in (services/clientMode). */
export function drawingClientModeTarget(s: SignedInContext, request: { drawingId: string }): ClientMode {
  requireWritable(s, request.drawingId);
  return { kind: 'drawing', drawingId: request.drawingId };
}

/** A drawing's row as lists and summaries show it (no strokes). */
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
export function requireDrawing(s: SignedInContext, id: string): DrawingRow {
  const row = findDrawing(s.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such drawing');
  if (!mayTouchDrawing(s, id)) throw new AppFailure('FORBIDDEN', 'not a drawing of your groups', { reasons: ['notYourGroup'] });
  return row;
}

/**
 * A drawing that may take strokes now: in progress, and created or resumed by this sign-in. A
 * drawing left by a crash or a lock must be resumed first, so the interruption is recorded as a gap
 * instead of silently joining the strokes before and after it.
 */
export function requireWritable(s: SignedInContext, id: string): { row: DrawingRow; summary: DrawingEvent[] } {
  const row = requireDrawing(s, id);
  refuseIfSignedDrawing(s.db, id);
  if (row.status === 'finished') throw new AppFailure('DRAWING_FINISHED', 'the drawing is finished and read-only');
  const summary = s.state.writableDrawings.get(id);
  if (!summary) throw new AppFailure('DRAWING_INTERRUPTED', 'resume the drawing first');
  return { row, summary };
}

/** Pointer types in the contract's order, without duplicates. */
function mergePointerTypes(stored: string, drawings: readonly TypedDrawing[]): string {
  const seen = new Set(JSON.parse(stored) as PointerType[]);
  for (const d of drawings) for (const e of d.events) if (e.kind === 'stroke') seen.add(e.pointerType);
  return JSON.stringify(POINTER_TYPES.filter((p) => seen.has(p)));
}

/** What every new drawing's row starts with, digital or paper (paperService.ts): its id, author, time, page and instrument. */
export function newDrawingColumns(
  s: SignedInContext,
  input: Pick<Input<'drawings:create'>, 'orientation' | 'instrumentId' | 'pageId'>,
): Pick<NewDrawingRow, 'id' | 'created_by' | 'created_at' | 'updated_at' | 'orientation' | 'instrument_id' | 'page_id'> {
  const at = s.nowIso();
  return {
    id: s.newId(),
    created_by: s.account.id,
    created_at: at,
    updated_at: at,
    orientation: input.orientation,
    instrument_id: input.instrumentId ?? null,
    page_id: input.pageId ?? null,
  };
}

/**
 * Starts a digital drawing that this sign-in may append to at once: the stream begins as the
 * header and an empty chunk (assessments/drawing/ENCODING.md, "Appending while the client draws").
 */
export function createDrawing(
  s: SignedInContext,
  input: Input<'drawings:create'>,
  /** A member's drawing in a group session (services/groups/groupDrawings.ts). */
  group?: { groupSessionId: string; groupMemberId: string },
): { id: string } {
  const { id, ...start } = newDrawingColumns(s, input);
  // A free drawing's client must exist; assessment and group drawings find theirs through their links.
  if (input.clientId !== undefined && !findClient(s.db, input.clientId)) throw new AppFailure('NOT_FOUND', 'no such client');
  s.db.transaction(() => {
    insertDrawing(s.db, {
      id,
      ...start,
      client_id: input.clientId ?? null,
      practice: input.practice ? 1 : 0,
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
    if (group) linkDrawing(s.db, id, group.groupSessionId, group.groupMemberId);
    s.audit(
      'drawing.created',
      { kind: 'drawing', id },
      {
        orientation: input.orientation,
        ...(input.instrumentId ? { instrumentId: input.instrumentId } : {}),
        ...(input.clientId ? { clientId: input.clientId } : {}),
        ...(input.practice ? { practice: true } : {}),
      },
    );
  })();
  s.state.writableDrawings.set(id, []);
  return { id };
}

/**
 * Stores one flush. The chunk alone must decode, and hold only strokes, undo, redo and clear
 * (gaps are the backend's to record on resume, the end is `finish`'s); the tail must be one
 * stroke; and the chunk and tail must be in order after what is stored. Anything else is refused
 * before a byte is written. The order is checked against the stored drawing's ordering summary
 * (drawingStream.ts), so a flush costs the size of the flush, not of the drawing.
 *
 * Appends are not audited one by one: they come every ~2 s from the sign-in that created or
 * resumed the drawing, between its audited `drawing.created`/`drawing.resumed` and
 * `drawing.finished` (or the audited lock), so a row per flush would add nothing about who
 * changed what, and would bury the views the log exists to show.
 */
export function appendToDrawing(s: SignedInContext, input: Input<'drawings:append'>): { eventCount: number } {
  const { row, summary } = requireWritable(s, input.id);
  const chunk = Buffer.from(input.chunk, 'base64');
  const tail = input.pendingTail === null ? null : Buffer.from(input.pendingTail, 'base64');
  if (streamLength(s.db, input.id) + chunk.length + (tail?.length ?? 0) > MAX_DRAWING_BYTES) {
    throw new AppFailure('INVALID_DRAWING', 'the drawing is too large', { reasons: ['tooLarge'] });
  }
  const header = streamHeader(row.orientation);
  const added = decodeOrRefuse(concat(header, chunk), 'the chunk');
  if (added.finishedT !== undefined)
    throw new AppFailure('INVALID_DRAWING', 'finish with drawings:finish', { reasons: ['finish'] });
  if (added.events.some((e) => e.kind === 'gap')) {
    throw new AppFailure('INVALID_DRAWING', 'gaps are recorded by drawings:resume', { reasons: ['gap'] });
  }
  const pending = tail === null ? null : decodeOrRefuse(concat(header, tail), 'the pending tail');
  if (pending && (pending.events.length !== 1 || pending.events[0]?.kind !== 'stroke' || pending.finishedT !== undefined)) {
    throw new AppFailure('INVALID_DRAWING', 'the pending tail must be one stroke', { reasons: ['tail'] });
  }
  refuseOutsideProtocol(row, [...added.events, ...(pending?.events ?? [])]);
  decodeOrRefuse(concat(header, encodeEvents(summary), chunk, tail), 'the drawing');
  const eventCount = row.event_count + added.events.length;
  s.db.transaction(() => {
    // A chunk without events (only the tail moved on) adds nothing worth a row.
    if (added.events.length > 0) insertChunk(s.db, input.id, chunk);
    updateDrawing(s.db, input.id, {
      pending_tail: tail,
      event_count: eventCount,
      pointer_types: mergePointerTypes(row.pointer_types, pending ? [added, pending] : [added]),
      // Also when nothing changed: the last write is the last moment the app is known to have run (resume's gap).
      updated_at: s.nowIso(),
    });
  })();
  s.state.writableDrawings.set(input.id, orderingSummary([...summary, ...added.events]));
  return { eventCount };
}

/**
 * The client pressed "Finished". A pending tail (a stroke still drawn when the button was pressed)
 * is kept as a stroke. The chunks are folded into `strokes` here, once, so a finished drawing is a
 * single blob.
 */
export function finishDrawing(s: SignedInContext, input: Input<'drawings:finish'>): DrawingInfo {
  requireWritable(s, input.id);
  const stored = readStream(s.db, input.id);
  const tail = readPendingTail(s.db, input.id);
  const end = encodeOrRefuse(() => encodeEvents([], { finishedT: input.finishedT }));
  const full = concat(stored, tail, end);
  const drawing = decodeOrRefuse(full, 'the finished drawing');
  s.db.transaction(() => {
    updateDrawing(s.db, input.id, {
      strokes: full,
      pending_tail: null,
      event_count: drawing.events.length,
      status: 'finished',
      finished_at: s.nowIso(),
      finished_t: drawing.finishedT ?? 0,
      updated_at: s.nowIso(),
    });
    deleteChunks(s.db, input.id);
    s.audit('drawing.finished', { kind: 'drawing', id: input.id });
  })();
  s.state.writableDrawings.delete(input.id);
  return toDrawingInfo(requireDrawing(s, input.id));
}

/**
 * The drawing with its strokes, the pending tail as its last stroke; a paper drawing also with its
 * picture (its stroke stream is empty). Audited as a view. Annotations are not included: they are
 * the psychologist's layer, read with annotations:list, and this channel is open in client mode.
 */
export function getDrawing(s: SignedInContext, { id }: Input<'drawings:get'>): DrawingView {
  const row = requireDrawing(s, id);
  const bytes = concat(readStream(s.db, id), readPendingTail(s.db, id));
  const image = row.medium === 'paper' ? findDrawingImage(s.db, id) : undefined;
  s.audit('drawing.viewed', { kind: 'drawing', id });
  return {
    ...toDrawingInfo(row),
    bytes: bytes.toString('base64'),
    processMetricsAvailable: row.medium === 'digital',
    image: image ? { mime: image.mime, width: image.width, height: image.height, data: image.bytes.toString('base64') } : null,
  };
}

/** Every drawing, newest first: what the Drawings area lists. */
export function listDrawings(s: SignedInContext): DrawingListItem[] {
  const rows = listAllDrawings(s.db);
  // The list shows clients' codes: reading it is audited as the client list's reads are.
  s.audit('drawing.listed', null, { count: rows.length, withClient: rows.filter((r) => r.client_code !== null).length });
  return rows.map((row) => ({ ...toDrawingInfo(row), clientCode: row.client_code, practice: row.practice === 1 }));
}

/** Drawings in progress, for the UI to offer resumption after a crash or a lock. */
export function listUnfinishedDrawings(s: SignedInContext): DrawingInfo[] {
  return listDrawingsInProgress(s.db).map(toDrawingInfo);
}

/**
 * Continues an unfinished drawing, with the gap recorded as such (assessments/drawing/METRICS.md, Terms). The pending tail
 * becomes a stroke ending where the last flush cut it; then a gap starts at the end of the last
 * event. Without `resumedAtT` it lasts from the last write to now by the wall clock: an upper
 * bound on the time the app was not running, since any pause between the last write and the crash
 * left no trace and is counted in the gap.
 */
export function resumeDrawing(
  s: SignedInContext,
  input: Input<'drawings:resume'>,
): DrawingWithBytes & { gap: { t: number; durationMs: number }; resumeAtT: number } {
  const row = requireDrawing(s, input.id);
  refuseIfSignedDrawing(s.db, input.id);
  if (row.status === 'finished') throw new AppFailure('DRAWING_FINISHED', 'the drawing is finished and read-only');
  const stored = readStream(s.db, input.id);
  const tail = readPendingTail(s.db, input.id);
  const before = decodeOrRefuse(concat(stored, tail), 'the stored drawing');
  const t = before.events.reduce((end, e) => Math.max(end, eventEnd(e)), 0);
  const durationMs =
    input.resumedAtT !== undefined ? input.resumedAtT - t : Math.max(0, Math.round(s.now() - Date.parse(row.updated_at)));
  if (durationMs < 0)
    throw new AppFailure('INVALID_DRAWING', 'resumedAtT is before the end of the last event', { reasons: ['resumedAtT'] });
  if (t + durationMs > MAX_TIME_MS) throw new AppFailure('INVALID_DRAWING', 'the drawing would pass its longest possible time');
  const gapChunk = encodeOrRefuse(() => encodeEvents([{ kind: 'gap', t, durationMs }]));
  const full = concat(stored, tail, gapChunk);
  const after = decodeOrRefuse(full, 'the resumed drawing');
  s.db.transaction(() => {
    if (tail) insertChunk(s.db, input.id, tail);
    insertChunk(s.db, input.id, gapChunk);
    updateDrawing(s.db, input.id, { pending_tail: null, event_count: after.events.length, updated_at: s.nowIso() });
    s.audit('drawing.resumed', { kind: 'drawing', id: input.id }, { gapMs: durationMs });
  })();
  s.state.writableDrawings.set(input.id, orderingSummary(after.events));
  const info = toDrawingInfo(requireDrawing(s, input.id));
  return { ...info, bytes: full.toString('base64'), gap: { t, durationMs }, resumeAtT: t + durationMs };
}
