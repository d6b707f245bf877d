/**
 * One pointer sample as the tools see it: already in page units and on the drawing clock.
 * The canvas converts DOM PointerEvents (and their coalesced samples) into these, so the tools
 * run headless in tests.
 */
import type { PointerType } from '../../../../assessments/drawing/model';

export type { PointerType };

export interface PointerSample {
  pointerId: number;
  pointerType: PointerType;
  /** Page units (0.1 mm), origin top-left of the page. */
  x: number;
  y: number;
  /** As reported by Pointer Events, 0..1. */
  pressure: number;
  /** Milliseconds on the drawing clock. */
  t: number;
}

/**
 * Pointer Events report 0.5 for any pressed device without a pressure sensor (W3C Pointer Events
 * 3, `pressure`). Only a pen's value is kept; mouse and touch are recorded at that default, and
 * the pointer type in the stroke tells readers the value means nothing (docs/INSTRUMENTS.md).
 */
export const DEFAULT_PRESSURE = 0.5;

export function recordedPressure(sample: Pick<PointerSample, 'pointerType' | 'pressure'>): number {
  if (sample.pointerType !== 'pen') return DEFAULT_PRESSURE;
  const p = sample.pressure;
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : DEFAULT_PRESSURE;
}

/** Maps a DOM pointerType ('' or unknown on some platforms) to the model's three types. */
export function toPointerType(domType: string): PointerType {
  return domType === 'pen' || domType === 'touch' ? domType : 'mouse';
}
