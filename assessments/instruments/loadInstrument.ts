import { crossCheck } from './crossCheck';
import { type Instrument, InstrumentSchema, LANGUAGES, type LocalizedText } from './schema';

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
  const problems = [...crossCheck(parsed.data), ...checkSources(parsed.data)];
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

/**
 * Issue 13 §1–§2: every banded scale names the source of its bands; a language whose wording is
 * declared validated has validated texts in every item and answer a client reads (so a working
 * text can never pass as the published one); reliable-change parameters name an existing scale.
 */
function checkSources(def: Instrument): string[] {
  const problems: string[] = [];
  for (const scale of def.scales) {
    if ((scale.bands.length > 0 || scale.noBand.length > 0) && !scale.bandSource)
      problems.push(`scale "${scale.id}": bands need a bandSource citing where they come from`);
  }
  const answered: LocalizedText[] = [
    ...def.responseScales.flatMap((r) => r.options.map((o) => o.label)),
    ...def.sections.flatMap((s) => s.items.filter((i) => i.kind === 'response').map((i) => i.label)),
  ];
  for (const language of LANGUAGES) {
    if (def.wordingSources[language].status !== 'validated') continue;
    const working = answered.filter((t) => t[language].status !== 'validated').length;
    if (working > 0)
      problems.push(
        `wordingSources.${language} says validated, but ${working} item or answer text(s) in ${language} are working`,
      );
  }
  const scaleIds = new Set(def.scales.map((s) => s.id));
  for (const r of def.reliableChange) {
    if (!scaleIds.has(r.scaleId)) problems.push(`reliableChange: unknown scale "${r.scaleId}"`);
  }
  return problems;
}
