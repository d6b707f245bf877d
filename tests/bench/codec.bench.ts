/**
 * Issue 18, part 1: the stroke codec at memory speed (npm run bench; never timed tests).
 *
 * One million points (10,000 pen strokes × 100 points at 240 Hz), encoded and decoded by:
 * - the typed codec (assessments/drawing: `encodeTypedDrawing`, `decodeTypedDrawing`), straight
 *   between bytes and typed columns — the target is encode + decode under 100 ms;
 * - the object codec as it was before issue 18, frozen in ./baseline — the baseline, same run;
 * - the object-form API of today (`encodeDrawing`, `decodeDrawing`), which converts at its edge,
 *   for what callers still on objects pay.
 * Each figure is the median of RUNS runs after one warm-up run. Also the stored size per point
 * against the same drawing as JSON (assessments/drawing/ENCODING.md, "Size"); the bytes are the same
 * for all three.
 */
import { performance } from 'node:perf_hooks';
import { decodeDrawing, decodeTypedDrawing, encodeDrawing, encodeTypedDrawing, toTypedDrawing } from '../../assessments/drawing';
import type { Drawing } from '../../assessments/drawing/model';
import { decodeDrawing as baselineDecode, encodeDrawing as baselineEncode } from './baseline/objectEncoder';
import { penStrokes } from './drawingFixtures';
import type { BenchRow } from './run';

const POINTS = 1_000_000;
const RUNS = 7;

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Median time of `run`, after one warm-up call. */
function time(run: () => unknown): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

interface CodecTimes {
  encode: number;
  decode: number;
}

function measure(encode: () => Uint8Array, decode: (bytes: Uint8Array) => unknown): CodecTimes {
  const bytes = encode();
  return { encode: time(encode), decode: time(() => decode(bytes)) };
}

/** The bench drawing as a typed drawing, with no object form left alive (see `codecBenchmarks`). */
function typedDrawing() {
  return toTypedDrawing(objectDrawing());
}

function objectDrawing(): Drawing {
  return { page: { orientation: 'portrait' }, events: penStrokes(10_000, 100, 7) };
}

export async function codecBenchmarks(): Promise<BenchRow[]> {
  // The typed codec is timed first, while no object drawing is alive: a million point objects on
  // the heap make every garbage collection slower, which is part of what the typed form removes.
  const typed = typedDrawing();
  const bytes = encodeTypedDrawing(typed);
  if (decodeTypedDrawing(bytes).events.length !== typed.events.length) throw new Error('round trip lost events');
  const fast = measure(
    () => encodeTypedDrawing(typed),
    (b) => decodeTypedDrawing(b),
  );

  const drawing = objectDrawing();
  if (Buffer.compare(bytes, baselineEncode(drawing)) !== 0) throw new Error('typed and object codecs wrote different bytes');
  const baseline = measure(
    () => baselineEncode(drawing),
    (b) => baselineDecode(b),
  );
  const objects = measure(
    () => encodeDrawing(drawing),
    (b) => decodeDrawing(b),
  );
  const json = Buffer.byteLength(JSON.stringify(drawing));
  const note = `median of ${RUNS}; 10,000 pen strokes × 100 points`;
  const rows: BenchRow[] = [
    { suite: 'codec', case: 'stored bytes per point (binary)', value: bytes.length / POINTS, unit: 'B/point', note },
    { suite: 'codec', case: 'bytes per point as JSON', value: json / POINTS, unit: 'B/point' },
    { suite: 'codec', case: 'JSON / binary size', value: json / bytes.length, unit: '×' },
  ];
  const add = (name: string, t: CodecTimes, extra: string) =>
    rows.push(
      { suite: 'codec', case: `encode 1,000,000 points, ${name}`, value: t.encode, unit: 'ms', note: extra },
      { suite: 'codec', case: `decode 1,000,000 points, ${name}`, value: t.decode, unit: 'ms', note: extra },
      { suite: 'codec', case: `encode + decode 1,000,000 points, ${name}`, value: t.encode + t.decode, unit: 'ms', note: extra },
    );
  add('typed', fast, 'target < 100 ms in total');
  add('object codec before issue 18 (baseline)', baseline, note);
  add('object API today (converts at its edge)', objects, note);
  rows.push({
    suite: 'codec',
    case: 'encode + decode, baseline / typed',
    value: (baseline.encode + baseline.decode) / (fast.encode + fast.decode),
    unit: '×',
  });
  return rows;
}
