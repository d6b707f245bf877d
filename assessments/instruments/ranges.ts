/**
 * Possible values of items and scales, used to reverse items within their own range, to check at
 * load that questionnaire bands cover every total, and to show a scale's range on the form.
 */
import type { Instrument, Item, Scale } from './schema';

export interface Range {
  min: number;
  max: number;
  /** Every reachable value is a whole number (sums of whole answers with whole weights). */
  integer: boolean;
}

/** Range of an item's numeric value; null for items that carry no number (choices, text). */
export function itemRange(def: Instrument, item: Item): Range | null {
  switch (item.kind) {
    case 'indicator':
      return { min: 0, max: 1, integer: true };
    case 'rating':
      return { min: item.min, max: item.max, integer: true };
    case 'number':
      return { min: item.min, max: item.max, integer: item.integer };
    case 'response': {
      const scale = def.responseScales.find((s) => s.id === item.responseScale);
      if (!scale) return null;
      const values = scale.options.map((o) => o.value);
      return { min: Math.min(...values), max: Math.max(...values), integer: true };
    }
    default:
      return null;
  }
}

/** Every item of the instrument by id, in definition order. */
export function itemsById(def: Instrument): Map<string, Item> {
  const map = new Map<string, Item>();
  for (const section of def.sections) for (const item of section.items) map.set(item.id, item);
  return map;
}

/**
 * Range of a scale's value, or null when it cannot be known (unknown references or a cycle; the
 * cross-check reports those). A mean is never treated as whole-numbered.
 */
export function scaleRange(def: Instrument, scale: Scale, seen: ReadonlySet<string> = new Set()): Range | null {
  if (seen.has(scale.id)) return null;
  if (scale.method === 'difference') {
    const next = new Set(seen).add(scale.id);
    const a = def.scales.find((s) => s.id === scale.minuend);
    const b = def.scales.find((s) => s.id === scale.subtrahend);
    const ra = a && scaleRange(def, a, next);
    const rb = b && scaleRange(def, b, next);
    if (!ra || !rb) return null;
    return { min: ra.min - rb.max, max: ra.max - rb.min, integer: ra.integer && rb.integer };
  }
  if (scale.method === 'count') return { min: 0, max: scale.items.length, integer: true };
  const items = itemsById(def);
  let min = 0;
  let max = 0;
  let weightSum = 0;
  let integer = scale.method === 'sum';
  for (const ref of scale.items) {
    const item = items.get(ref.itemId);
    const r = item && itemRange(def, item);
    if (!r) return null;
    const lo = ref.weight * r.min;
    const hi = ref.weight * r.max;
    min += Math.min(lo, hi);
    max += Math.max(lo, hi);
    weightSum += ref.weight;
    integer = integer && r.integer && Number.isInteger(ref.weight);
  }
  if (scale.method === 'mean') {
    if (weightSum <= 0) return null;
    return { min: min / weightSum, max: max / weightSum, integer: false };
  }
  return { min, max, integer };
}
