import type { LocalizedText } from '../../../assessments/instruments';
import { INSTRUMENTS } from '../../../assessments/instruments';
import { GRAPHITE } from './tools/toolkit';

/** Every colour the instruments offer, by hex, with its name in kk/ru/en. */
const NAMES = new Map<string, LocalizedText>();
for (const instrument of INSTRUMENTS) {
  for (const page of instrument.pages) for (const colour of page.palette ?? []) if (!NAMES.has(colour.hex)) NAMES.set(colour.hex, colour.name);
}

/** The colour's name, 'graphite' for the pencil, or null for a colour no palette names. */
export function colourName(hex: string): LocalizedText | 'graphite' | null {
  const key = hex.toLowerCase();
  if (key === GRAPHITE.hex) return 'graphite';
  return NAMES.get(key) ?? null;
}
