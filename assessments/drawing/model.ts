/**
 * The drawing model: a page and the ordered list of everything the client did on it.
 *
 * Nothing is ever deleted: eraser strokes, undo, redo and clear are events like any other, so the
 * process can be replayed exactly and measured (docs/DESIGN.md, Drawings). What is visible at the end,
 * or at any moment, is computed from the events by `replay.ts`.
 *
 * Times (`t`) are milliseconds on the drawing clock: 0 is when the drawing started, and the clock
 * keeps running through a crash, so the events after a `gap` start at or after `gap.t + durationMs`.
 */
import { z } from 'zod';
import { ORIENTATIONS } from './page';
import { COORD_LIMIT, MAX_TIME_MS, MAX_WIDTH, MIN_WIDTH } from './limits';
import { findDrawingProblem } from './timeline';

export { COORD_LIMIT, MAX_TIME_MS, MAX_WIDTH, MIN_WIDTH } from './limits';

export const TOOLS = ['pencil', 'colouredPencil', 'marker', 'eraser'] as const;
export type Tool = (typeof TOOLS)[number];

export const POINTER_TYPES = ['pen', 'touch', 'mouse'] as const;
export type PointerType = (typeof POINTER_TYPES)[number];

const time = z.number().min(0).max(MAX_TIME_MS);

export const pageSchema = z.object({ orientation: z.enum(ORIENTATIONS) });

export const pointSchema = z.object({
  x: z.number().min(-COORD_LIMIT).max(COORD_LIMIT),
  y: z.number().min(-COORD_LIMIT).max(COORD_LIMIT),
  /** 0..1 as reported by Pointer Events; meaningful only when pointerType is 'pen'. */
  pressure: z.number().min(0).max(1),
  t: time,
});

export const strokeSchema = z.object({
  kind: z.literal('stroke'),
  tool: z.enum(TOOLS),
  /** '#rrggbb'; recorded for eraser strokes too, where it has no visible effect. */
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** Full line width in page units. */
  width: z.number().min(MIN_WIDTH).max(MAX_WIDTH),
  pointerType: z.enum(POINTER_TYPES),
  /** At least one point (a tap is a dot); times never decrease along the stroke. */
  points: z.array(pointSchema).min(1),
});

export const undoSchema = z.object({ kind: z.literal('undo'), t: time });
export const redoSchema = z.object({ kind: z.literal('redo'), t: time });
export const clearSchema = z.object({ kind: z.literal('clear'), t: time });

/**
 * The app was not running from `t` for `durationMs` (crash or power cut, then resumed). Whole
 * milliseconds, because the gap is measured by the wall clock and because `t + durationMs` must
 * not move when times are rounded for storage.
 */
export const gapSchema = z.object({
  kind: z.literal('gap'),
  t: z.int().min(0).max(MAX_TIME_MS),
  durationMs: z.int().min(0).max(MAX_TIME_MS),
});

export const drawingEventSchema = z.discriminatedUnion('kind', [strokeSchema, undoSchema, redoSchema, clearSchema, gapSchema]);

/**
 * The ordering rules (see `findDrawingProblem`) are part of the schema, so a parsed drawing is
 * always one that replays and encodes.
 */
export const drawingSchema = z
  .object({
    page: pageSchema,
    events: z.array(drawingEventSchema),
    /** When the client pressed "Finished"; absent while drawing or if it was never pressed. */
    finishedT: time.optional(),
  })
  .superRefine((drawing, ctx) => {
    const problem = findDrawingProblem(drawing);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });

export type Point = z.infer<typeof pointSchema>;
export type Stroke = z.infer<typeof strokeSchema>;
export type UndoEvent = z.infer<typeof undoSchema>;
export type RedoEvent = z.infer<typeof redoSchema>;
export type ClearEvent = z.infer<typeof clearSchema>;
export type GapEvent = z.infer<typeof gapSchema>;
export type DrawingEvent = z.infer<typeof drawingEventSchema>;
export type Drawing = z.infer<typeof drawingSchema>;
