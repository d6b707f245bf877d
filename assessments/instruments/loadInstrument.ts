import { crossCheck } from './crossCheck';
import { type Instrument, InstrumentSchema } from './schema';

/** Thrown by loadInstrument; `problems` lists every problem found, one readable line each. */
export class InstrumentDefinitionError extends Error {
  readonly problems: readonly string[];
  constructor(instrumentId: string, problems: readonly string[]) {
    super(`Instrument definition "${instrumentId}" is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InstrumentDefinitionError';
    this.problems = problems;
  }
}

/**
 * Validates a definition (shape, then cross-references: referenced items, pages, scales exist;
 * questionnaire bands cover the scale's range without overlap; drawing instruments carry no bands
 * or flags) and returns it deeply frozen, so the catalogue cannot be changed at run time.
 */
export function loadInstrument(def: unknown): Instrument {
  const parsed = InstrumentSchema.safeParse(def);
  const label = typeof def === 'object' && def !== null && 'id' in def ? String(def.id) : '?';
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    throw new InstrumentDefinitionError(label, problems);
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new InstrumentDefinitionError(label, problems);
  return deepFreeze(parsed.data);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
