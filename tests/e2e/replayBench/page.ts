/**
 * The in-page half of the replay benchmark (tests/bench/replay.bench.ts), bundled into one script
 * and run in Chromium. It lives beside the end-to-end tests because it needs the DOM types the
 * benchmarks' Node tsconfig leaves out.
 *
 * `__replayBench` lays out a replay frame as the Drawings area does (same CSS box), opens the
 * drawing in the product's ReplayController or in the frozen pre-issue-18 replay (baseline.ts),
 * and times frames: from the frame's start (rAF timestamp) to the first task after its rendering,
 * so the frame includes every animation-frame callback (the keyframe builder's too), style,
 * layout and paint.
 */
import type { Drawing, Stroke } from '../../../assessments/drawing/model';
import { toTypedDrawing } from '../../../assessments/drawing/typed';
import { ReplayController } from '../../../renderer/features/drawing/render/replayController';
import { penStrokes } from '../../bench/drawingFixtures';
import { BaselineReplay } from './baseline';

/** Pen strokes as tests/bench/canvas.bench.ts draws them: 24 samples at 240 Hz, 100–300 ms apart. */
function drawingOf(count: number, seed: number): Drawing {
  return { page: { orientation: 'portrait' }, events: penStrokes(count, 24, seed) };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const afterRender = () =>
  new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  });

/** Runs `work` at the start of a frame; the frame's time. */
function timedFrame(work: () => void): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame((start) => {
      work();
      void afterRender().then((end) => resolve(end - start));
    }),
  );
}

interface Opened {
  show(t: number): void;
  destroy(): void;
  /** Whether the picture on screen is still being painted in slices. */
  pending(): boolean;
  /** Whether keyframes are still being taken. */
  building(): boolean;
  canvas(): HTMLCanvasElement;
  keyframes(): number;
}

let opened: Opened | null = null;
let duration = 0;

/** The replay's frame, sized as on a 1280 × 860 window: 72vh high with 1rem of padding. */
function layout(): { frame: HTMLElement; paper: HTMLElement } {
  document.body.replaceChildren();
  document.body.style.margin = '0';
  const frame = document.createElement('div');
  Object.assign(frame.style, {
    width: '860px',
    height: '72vh',
    padding: '16px',
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  });
  const paper = document.createElement('div');
  Object.assign(paper.style, { position: 'relative', flex: 'none', background: '#ffffff' });
  frame.append(paper);
  document.body.append(frame);
  const style = document.createElement('style');
  style.textContent = '.drawing-paper__stage { position: absolute; inset: 0; }';
  document.head.append(style);
  return { frame, paper };
}

interface Settling {
  /** Longest frame from the start until the keyframes are built. */
  longest: number;
  /** Until the picture on screen is the moment asked for. */
  sharpMs: number;
  /** Until the keyframes are built too. */
  settledMs: number;
}

/** Frames until nothing is painted in slices any more. */
async function settle(target: Opened, start: number, longest: number): Promise<Settling> {
  let sharpMs = target.pending() ? Number.NaN : performance.now() - start;
  while (target.pending() || target.building()) {
    const frameStart = await nextFrame();
    longest = Math.max(longest, (await afterRender()) - frameStart);
    if (Number.isNaN(sharpMs) && !target.pending()) sharpMs = performance.now() - start;
  }
  return { longest, sharpMs, settledMs: performance.now() - start };
}

/** Opens a drawing of `strokes` strokes at its end, as the replay page does. */
async function open(kind: 'keyframes' | 'baseline', strokes: number): Promise<Settling & { duration: number }> {
  opened?.destroy();
  const drawing = drawingOf(strokes, strokes + 1);
  const last = drawing.events[drawing.events.length - 1] as Stroke;
  duration = last.points[last.points.length - 1]!.t;
  // The app decodes stored drawings straight into the typed form; converting is not part of opening.
  const typed = toTypedDrawing(drawing);
  const { frame, paper } = layout();
  await nextFrame();
  const start = performance.now();
  if (kind === 'baseline') {
    const replay = new BaselineReplay(frame, paper, drawing);
    opened = {
      show: (t) => replay.show(t),
      destroy: () => replay.destroy(),
      pending: () => false,
      building: () => false,
      canvas: () => paper.querySelector('canvas')!,
      keyframes: () => 0,
    };
  } else {
    const controller = new ReplayController(frame, paper, typed);
    opened = {
      show: (t) => controller.show(t),
      destroy: () => controller.destroy(),
      pending: () => controller.replay.pending,
      building: () => controller.replay.building,
      canvas: () => paper.querySelector('canvas')!,
      keyframes: () => controller.replay.keyframeCount,
    };
  }
  const target = opened;
  const first = await timedFrame(() => target.show(duration));
  return { ...(await settle(target, start, first)), duration };
}

/** Seeks to each moment (fractions of the drawing) in its own frame: the frame's time, and when the picture is exact. */
async function seeks(fractions: number[]): Promise<Array<{ frame: number; sharpMs: number }>> {
  const target = opened!;
  const out: Array<{ frame: number; sharpMs: number }> = [];
  for (const f of fractions) {
    await nextFrame();
    const start = performance.now();
    const first = await timedFrame(() => target.show(f * duration));
    const settled = await settle(target, start, first);
    out.push({ frame: settled.longest, sharpMs: settled.sharpMs });
  }
  return out;
}

/**
 * Frames after the caller changed the device pixel ratio (through DevTools emulation): the
 * longest, the time until the picture is sharp again, and the canvas's new size.
 */
async function afterDensityChange(expectedRatio: number): Promise<Settling & { canvasWidth: number; pageWidth: number }> {
  const target = opened!;
  const start = performance.now();
  // The media query's change event is reported in the rendering step of a later frame.
  let longest = 0;
  while (window.devicePixelRatio !== expectedRatio || (!target.pending() && !target.building())) {
    const frameStart = await nextFrame();
    longest = Math.max(longest, (await afterRender()) - frameStart);
    if (performance.now() - start > 5000) throw new Error('the replay did not react to the new pixel ratio');
  }
  const settled = await settle(target, start, longest);
  const canvas = target.canvas();
  return { ...settled, canvasWidth: canvas.width, pageWidth: canvas.getBoundingClientRect().width };
}

/** The longest of the next `count` frames once the pixel ratio is `expectedRatio` (for the baseline, which does not react). */
async function framesAtRatio(expectedRatio: number, count: number): Promise<number> {
  const start = performance.now();
  let longest = 0;
  while (window.devicePixelRatio !== expectedRatio) {
    const frameStart = await nextFrame();
    longest = Math.max(longest, (await afterRender()) - frameStart);
    if (performance.now() - start > 5000) throw new Error('the pixel ratio did not change');
  }
  for (let i = 0; i < count; i++) {
    const frameStart = await nextFrame();
    longest = Math.max(longest, (await afterRender()) - frameStart);
  }
  return longest;
}

declare global {
  interface Window {
    __replayBench: unknown;
  }
}

window.__replayBench = { open, seeks, afterDensityChange, framesAtRatio, keyframes: () => opened?.keyframes() ?? 0 };
