/**
 * fast-check generators of valid drawings: every event kind, dots, overlapping (multi-touch)
 * strokes, coordinates at the model's limits, fractional and huge times, long in-stroke pauses.
 */
import fc from 'fast-check';
import { COORD_LIMIT, MAX_WIDTH, MIN_WIDTH, POINTER_TYPES, TOOLS } from '../../../assessments/drawing/model';
import type { Drawing, DrawingEvent, Point } from '../../../assessments/drawing/model';
import { ORIENTATIONS } from '../../../assessments/drawing/page';

const coordinate = fc.oneof(
  fc.integer({ min: 0, max: 2970 }),
  fc.double({ min: -COORD_LIMIT, max: COORD_LIMIT, noNaN: true }),
  fc.constantFrom(-COORD_LIMIT, COORD_LIMIT, 0, -0.5, 0.5, 2.5, -2.5),
);

const delay = fc.oneof(
  fc.constant(0),
  fc.double({ min: 0, max: 20, noNaN: true }),
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 500_000_000 }),
);

const pointStep = fc.record({
  x: coordinate,
  y: coordinate,
  pressure: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 1)),
  dt: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 20, noNaN: true }), fc.integer({ min: 0, max: 100_000 })),
});

const strokeSpec = (minPoints: number, maxPoints: number) =>
  fc.record({
    kind: fc.constant('stroke' as const),
    tool: fc.constantFrom(...TOOLS),
    colour: fc.tuple(fc.integer({ min: 0, max: 0xffffff }), fc.boolean()).map(([rgb, upper]) => {
      const hex = `#${rgb.toString(16).padStart(6, '0')}`;
      return upper ? hex.toUpperCase() : hex;
    }),
    width: fc.oneof(fc.double({ min: MIN_WIDTH, max: MAX_WIDTH, noNaN: true }), fc.constantFrom(MIN_WIDTH, MAX_WIDTH, 4)),
    pointerType: fc.constantFrom(...POINTER_TYPES),
    overlap: fc.boolean(),
    delay,
    steps: fc.array(pointStep, { minLength: minPoints, maxLength: maxPoints }),
  });

const actionSpec = fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const, 'clear' as const), delay });
const gapSpec = fc.record({ kind: fc.constant('gap' as const), delay, durationMs: fc.integer({ min: 0, max: 500_000_000 }) });

export interface DrawingArbOptions {
  maxEvents?: number;
  /** fast-check keeps generated arrays short unless told a minimum, so long strokes need this. */
  minPoints?: number;
  maxPoints?: number;
}

/** Valid drawings (the generator builds times so the ordering rules of timeline.ts hold). */
export function drawingArb({ maxEvents = 12, minPoints = 1, maxPoints = 40 }: DrawingArbOptions = {}): fc.Arbitrary<Drawing> {
  return fc
    .record({
      orientation: fc.constantFrom(...ORIENTATIONS),
      specs: fc.array(fc.oneof({ arbitrary: strokeSpec(minPoints, maxPoints), weight: 3 }, actionSpec, gapSpec), {
        maxLength: maxEvents,
      }),
      finish: fc.option(delay, { nil: undefined }),
    })
    .map(({ orientation, specs, finish }) => {
      const events: DrawingEvent[] = [];
      let lastStart = 0;
      let maxEnd = 0;
      let barrier = 0;
      for (const spec of specs) {
        if (spec.kind === 'stroke') {
          const start = (spec.overlap ? Math.max(lastStart, barrier) : maxEnd) + spec.delay;
          let t = start;
          const points: Point[] = spec.steps.map((step, i) => {
            if (i > 0) t += step.dt;
            return { x: step.x, y: step.y, pressure: step.pressure, t };
          });
          const { kind, tool, colour, width, pointerType } = spec;
          events.push({ kind, tool, colour, width, pointerType, points });
          lastStart = start;
          maxEnd = Math.max(maxEnd, t);
        } else if (spec.kind === 'gap') {
          const t = Math.ceil(maxEnd + spec.delay);
          events.push({ kind: 'gap', t, durationMs: spec.durationMs });
          lastStart = t;
          maxEnd = barrier = t + spec.durationMs;
        } else {
          const t = maxEnd + spec.delay;
          events.push({ kind: spec.kind, t });
          lastStart = t;
          maxEnd = barrier = t;
        }
      }
      const drawing: Drawing = { page: { orientation }, events };
      if (finish !== undefined) drawing.finishedT = maxEnd + finish;
      return drawing;
    });
}
