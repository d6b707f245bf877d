import { z } from 'zod';
import { MAX_TIME_MS, POINTER_TYPES } from '../../assessments/drawing/model';
import { ORIENTATIONS } from '../../assessments/drawing/page';
import { PAPER_MIME_TYPES } from '../../assessments/drawing/paper';
import { channel, none } from './channel';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema } from './schemas';

/**
 * Largest chunk one `drawings:append` may carry. A flush covers at most ~2 s: even ten fingers at
 * 240 Hz make ~20 KB, so 1 MiB only stops a runaway or hostile renderer.
 */
export const MAX_CHUNK_BYTES = 1024 * 1024;
/** Largest pending tail: one unfinished stroke, resent whole on every flush (~25 min of pen at 240 Hz). */
export const MAX_TAIL_BYTES = 4 * 1024 * 1024;
/**
 * Largest stored stream (~20 million points). An append decodes only the chunk after a short summary
 * of the stored events, but finishing, resuming and reading a drawing decode or send all of it, so
 * it is bounded.
 */
export const MAX_DRAWING_BYTES = 64 * 1024 * 1024;

/** Base64 text of at most `bytes` decoded bytes. */
export const base64Of = (bytes: number) =>
  z
    .base64()
    .min(4)
    .max(4 * Math.ceil(bytes / 3));

/** Same rule as instrument and page ids in assessments/instruments (kept here so the contract does not depend on definitions). */
export const instrumentRefSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][A-Za-z0-9_-]*$/, 'expected an instrument or page id');

export const orientationSchema = z.enum(ORIENTATIONS);
const pointerTypeSchema = z.enum(POINTER_TYPES);
const drawingTimeSchema = z.number().min(0).max(MAX_TIME_MS);

/** The screen the drawing was made on, as the renderer reports it (CSS px and devicePixelRatio). */
export const drawingScreenSchema = z
  .object({
    width: z.number().positive().max(100_000),
    height: z.number().positive().max(100_000),
    devicePixelRatio: z.number().positive().max(16),
  })
  .strict();

/** A drawing's record without its strokes: what lists and summaries show. */
export const drawingInfoSchema = z.object({
  id: idSchema,
  createdBy: idSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  orientation: orientationSchema,
  medium: z.enum(['digital', 'paper']),
  status: z.enum(['in-progress', 'finished']),
  instrumentId: z.string().nullable(),
  pageId: z.string().nullable(),
  /** Pointer types seen: reported at creation, plus every type a stored stroke was drawn with. */
  pointerTypes: z.array(pointerTypeSchema),
  screen: drawingScreenSchema.nullable(),
  /** Completed events stored (strokes, undo, redo, clear, gaps); the pending tail is not counted. */
  eventCount: z.number().int().nonnegative(),
  /** An unfinished stroke saved by the last flush, not yet part of the event list. */
  hasPendingTail: z.boolean(),
  finishedAt: isoDateTimeSchema.nullable(),
  finishedT: z.number().int().nonnegative().nullable(),
});
export type DrawingInfo = z.infer<typeof drawingInfoSchema>;

/**
 * A line of the Drawings list: the drawing, whose it is (the code of the client it belongs to, through
 * its own link, its assessment or its group member) and whether it is a practice drawing (no client's).
 * Neither for drawings made before issue 12 without a client.
 */
export const drawingListItemSchema = drawingInfoSchema.extend({ clientCode: z.string().nullable(), practice: z.boolean() });
export type DrawingListItem = z.infer<typeof drawingListItemSchema>;

/**
 * A drawing with its strokes: base64 of the binary stream (assessments/drawing/ENCODING.md), the
 * pending tail appended as a completed stroke.
 */
export const drawingWithBytesSchema = drawingInfoSchema.extend({ bytes: z.string() });
export type DrawingWithBytes = z.infer<typeof drawingWithBytesSchema>;

/** The picture of a paper drawing (a scan or photo cropped to the page), as stored. */
export const paperImageSchema = z.object({
  mime: z.enum(PAPER_MIME_TYPES),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Base64 of the stored file: the uploaded one, minus metadata (backend/images/imageCheck.ts). */
  data: z.string(),
});
export type PaperImage = z.infer<typeof paperImageSchema>;

/**
 * What `drawings:get` returns. A paper drawing has no strokes: `bytes` is an empty finished stream
 * (so a decoder never fails on it), `image` is the picture, and process metrics cannot be computed.
 */
export const drawingViewSchema = drawingWithBytesSchema.extend({
  /** False for paper drawings: the UI says "not available" instead of showing metrics of an empty stroke list. */
  processMetricsAvailable: z.boolean(),
  image: paperImageSchema.nullable(),
});
export type DrawingView = z.infer<typeof drawingViewSchema>;

const PSYCHOLOGIST = rolesAccess('psychologist');
/**
 * Channels a facilitator also needs to run a group member's drawing in client mode (issue 6). A
 * facilitator who is not a psychologist reaches only group drawings of their own groups: checked
 * per drawing in services/drawings/drawingsService.ts (requireDrawing).
 */
const DRAWING_IN_CLIENT_MODE = rolesAccess('psychologist', 'facilitator');
const byId = z.object({ id: idSchema }).strict();

/** Digital drawings: created, written stroke by stroke, finished, read and resumed. */
export const drawingChannels = {
  /**
   * Starts a digital drawing; this sign-in may append to it at once. It belongs to a client
   * (`clientId`, started from the client's page) or is explicitly a practice drawing (`practice`),
   * never neither (issue 12, item 7). Assessment and group drawings are created by their own channels.
   */
  'drawings:create': channel(
    z
      .object({
        orientation: orientationSchema,
        instrumentId: instrumentRefSchema.optional(),
        pageId: instrumentRefSchema.optional(),
        /** Pointer types the renderer has already seen (a hovering pen); strokes add theirs. */
        pointerTypes: z.array(pointerTypeSchema).max(POINTER_TYPES.length).optional(),
        screen: drawingScreenSchema,
        clientId: idSchema.optional(),
        practice: z.literal(true).optional(),
      })
      .strict()
      .refine((input) => (input.clientId === undefined) !== (input.practice === undefined), {
        message: 'a drawing belongs to a client or is a practice drawing',
      }),
    z.object({ id: idSchema }),
    PSYCHOLOGIST,
  ),
  /**
   * Appends one flush: `chunk` is `encodeEvents(newEvents)`, `pendingTail` is
   * `encodeEvents([strokeInProgress])` or null; it replaces the previous tail. Refused with
   * INVALID_DRAWING, storing nothing, unless the stream still decodes as a valid drawing.
   */
  'drawings:append': channel(
    z.object({ id: idSchema, chunk: base64Of(MAX_CHUNK_BYTES), pendingTail: base64Of(MAX_TAIL_BYTES).nullable() }).strict(),
    z.object({ eventCount: z.number().int().nonnegative() }),
    DRAWING_IN_CLIENT_MODE,
  ),
  /** The client pressed "Finished": the drawing becomes read-only. */
  'drawings:finish': channel(
    z.object({ id: idSchema, finishedT: drawingTimeSchema }).strict(),
    drawingInfoSchema,
    DRAWING_IN_CLIENT_MODE,
  ),
  /** The drawing with its strokes, or a paper drawing's picture; audited as a view. Never includes annotations. */
  'drawings:get': channel(byId, drawingViewSchema, DRAWING_IN_CLIENT_MODE),
  /** Every drawing of the facility, newest first (metadata only, no strokes), with its client's code; audited. */
  'drawings:list': channel(none, z.array(drawingListItemSchema), PSYCHOLOGIST),
  /** Drawings left in progress (a crash, a power cut, a lock), newest first, for the UI to offer resumption. */
  'drawings:listUnfinished': channel(none, z.array(drawingInfoSchema), PSYCHOLOGIST),
  /**
   * Continues an unfinished drawing: the pending tail becomes a stroke cut where it was, then a
   * gap covers the time nothing was recorded. `resumedAtT` is the drawing time drawing continues
   * at; without it the gap lasts from the last write to now by the wall clock.
   */
  'drawings:resume': channel(
    z.object({ id: idSchema, resumedAtT: z.int().min(0).max(MAX_TIME_MS).optional() }).strict(),
    drawingWithBytesSchema.extend({
      gap: z.object({ t: z.number().int().nonnegative(), durationMs: z.number().int().nonnegative() }),
      /** Where the renderer's drawing clock continues: gap.t + gap.durationMs. */
      resumeAtT: z.number().int().nonnegative(),
    }),
    DRAWING_IN_CLIENT_MODE,
  ),
} as const;
