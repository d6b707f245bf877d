import type { Instrument } from '../../../../assessments/instruments';
import type { ScaleTotal } from '../../../contract/assessmentChannels';

export type { Instrument, ScaleTotal };

/** The scale a questionnaire's trends use: its first (the total: PHQ-9, GAD-7, K10, RSES, AUDIT, PCL-5). */
export function mainScaleOf(def: Instrument): Instrument['scales'][number] | undefined {
  return def.scales[0];
}

/** A band's stable key: its range ("5-9"), so a signed result's stored band is matched without its words. */
export function bandKey(band: { min: number; max: number }): string {
  return `${band.min}-${band.max}`;
}

/** The published reliable-change parameters of the main scale, or null (no RCI is shown without them). */
export function reliableChangeOf(def: Instrument): { sd: number; reliability: number } | null {
  const scale = mainScaleOf(def);
  const p = def.reliableChange.find((r) => r.scaleId === scale?.id);
  return p ? { sd: p.sd, reliability: p.reliability } : null;
}

/**
 * Whether a higher total is the better state. Every questionnaire of the catalogue measures symptoms or risk (higher
 * is worse), except the Rosenberg Self-Esteem Scale, where a higher score is higher self-esteem (Rosenberg 1965).
 */
export function higherIsBetter(def: Instrument): boolean {
  return def.id === 'rses';
}
