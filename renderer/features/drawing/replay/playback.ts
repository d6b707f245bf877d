/**
 * Replay playback as a pure state machine: a position on the drawing clock, a speed, playing or
 * paused. The view advances it by real elapsed time each animation frame.
 */
export const SPEEDS = [1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Playback {
  /** Position on the drawing clock, ms. */
  t: number;
  /** End of the drawing on its clock, ms. */
  duration: number;
  speed: Speed;
  playing: boolean;
}

/** Opens at the end, showing the drawing as the client left it; Play starts from the beginning. */
export function initialPlayback(duration: number): Playback {
  const d = Math.max(0, duration);
  return { t: d, duration: d, speed: 1, playing: false };
}

/** Plays from the current position, or from the start when at the end. */
export function play(p: Playback): Playback {
  if (p.duration === 0) return p;
  return { ...p, playing: true, t: p.t >= p.duration ? 0 : p.t };
}

export function pause(p: Playback): Playback {
  return p.playing ? { ...p, playing: false } : p;
}

export function setSpeed(p: Playback, speed: Speed): Playback {
  return SPEEDS.includes(speed) ? { ...p, speed } : p;
}

/** Jumps to `t` (clamped); playing continues from there. */
export function seek(p: Playback, t: number): Playback {
  const clamped = Math.min(p.duration, Math.max(0, Number.isFinite(t) ? t : 0));
  return { ...p, t: clamped };
}

/** A stretch of the drawing clock when the app was not running (a recorded gap). */
export interface Skip {
  start: number;
  end: number;
}

/**
 * Advances by `realMs` of wall time; stops at the end. Interruptions (`skips`: the recorded
 * gaps of a crash or a lock) are jumped over: nothing was drawn then, and a power cut of an hour
 * would otherwise play as an hour of blank page. Pauses are played as they happened.
 */
export function advance(p: Playback, realMs: number, skips: readonly Skip[] = []): Playback {
  if (!p.playing || realMs <= 0) return p;
  let t = p.t + realMs * p.speed;
  for (const skip of skips) if (t >= skip.start && t < skip.end) t = skip.end;
  return t >= p.duration ? { ...p, t: p.duration, playing: false } : { ...p, t };
}
