/**
 * The scoring engine: a pure, deterministic function of a definition and answers (docs/DESIGN.md
 * "Instruments and scoring"). It never mutates its inputs, never reads the clock or anything else,
 * and gives the same result for the same definition version and answers.
 */
import { InvalidAnswersError, validateAnswers, type Answers } from './answers';
import { itemRange, itemsById } from './ranges';
import type { RaisedFlag, ScaleResult, ScoredResult, ScoringNote } from './result';
import type { Band, Flag, Instrument, Item, ItemScale, LocalizedText, Scale } from './schema';

export type { ScoredResult, ScaleResult, ScoringNote, RaisedFlag } from './result';

/**
 * Scores every scale, raises flags and records missing-data notes. Throws InvalidAnswersError when
 * any answer does not fit its item (wrong type, out of range, not an option, unknown item).
 */
export function score(def: Instrument, answers: Answers): ScoredResult {
  const problems = validateAnswers(def, answers);
  if (problems.length > 0) throw new InvalidAnswersError(def.id, problems);

  const items = itemsById(def);
  const given = numericAnswers(items, answers);
  const values = new Map(given);
  const notes: ScoringNote[] = [];

  // Published skip rules first: a skipped item scores as the rule says (K10: items 3 and 6 score 1
  // when the item before was "none of the time"). An item answered anyway keeps its answer.
  for (const rule of def.skipRules) {
    if (values.has(rule.itemId) || values.get(rule.when.itemId) !== rule.when.equals) continue;
    values.set(rule.itemId, rule.scoreAs);
    notes.push({
      code: 'skipRuleApplied',
      itemId: rule.itemId,
      params: { whenItemId: rule.when.itemId, scoredAs: rule.scoreAs },
    });
  }

  const results = new Map<string, ScaleResult>();
  const compute = (scale: Scale): ScaleResult => {
    const done = results.get(scale.id);
    if (done) return done;
    const result =
      scale.method === 'difference' ? differenceScale(def, scale, compute, notes) : itemScale(def, scale, items, values, notes);
    results.set(scale.id, result);
    return result;
  };
  for (const scale of def.scales) compute(scale);

  return {
    instrumentId: def.id,
    version: def.version,
    scales: Object.fromEntries(def.scales.map((s) => [s.id, results.get(s.id) as ScaleResult])),
    // Flags look at what the client actually answered, never at a value a skip rule filled in.
    flags: def.flags.flatMap((flag) => raised(flag, given.get(flag.itemId))),
    notes,
  };
}

/** Numbers the scales work with: indicator present = 1, absent = 0; numeric answers as given. */
function numericAnswers(items: ReadonlyMap<string, Item>, answers: Answers): Map<string, number> {
  const values = new Map<string, number>();
  for (const [id, item] of items) {
    const answer = answers[id];
    if (item.kind === 'indicator' && typeof answer === 'boolean') values.set(id, answer ? 1 : 0);
    else if ((item.kind === 'rating' || item.kind === 'response' || item.kind === 'number') && typeof answer === 'number') {
      values.set(id, answer);
    }
  }
  return values;
}

function itemScale(
  def: Instrument,
  scale: ItemScale,
  items: ReadonlyMap<string, Item>,
  values: ReadonlyMap<string, number>,
  notes: ScoringNote[],
): ScaleResult {
  const missing = scale.items.filter((ref) => !values.has(ref.itemId)).map((ref) => ref.itemId);
  const maxMissing = scale.missing === 'none-missing' ? 0 : scale.missing.prorate.maxMissing;
  if (missing.length > maxMissing) {
    notes.push({ code: 'scaleNotComputed', scaleId: scale.id, params: { missing, maxMissing } });
    return { value: null, band: null, missing, prorated: false };
  }

  let total = 0;
  let answeredWeight = 0;
  let allWeight = 0;
  for (const ref of scale.items) {
    allWeight += ref.weight;
    const v = values.get(ref.itemId);
    if (v === undefined) continue;
    answeredWeight += ref.weight;
    if (scale.method === 'count') {
      total += v === 1 ? 1 : 0;
      continue;
    }
    // Reverse within the item's own range: RSES 0..3 becomes 3..0 (Rosenberg 1965).
    const item = items.get(ref.itemId) as Item;
    const range = itemRange(def, item);
    const scored = ref.reversed && range ? range.min + range.max - v : v;
    total += ref.weight * scored;
  }
  if (answeredWeight === 0) {
    notes.push({ code: 'scaleNotComputed', scaleId: scale.id, params: { missing, maxMissing } });
    return { value: null, band: null, missing, prorated: false };
  }

  const prorated = missing.length > 0;
  let value: number;
  if (scale.method === 'mean') value = total / answeredWeight;
  // Prorated sums and counts scale the answered part up to all items, rounded half up to a whole
  // number as totals on the paper forms are.
  else value = prorated ? Math.round((total * allWeight) / answeredWeight) : total;
  if (prorated) {
    notes.push({
      code: 'scaleProrated',
      scaleId: scale.id,
      params: { missing, answered: scale.items.length - missing.length, total: scale.items.length },
    });
  }
  return { value, band: bandFor(scale, value, notes), missing, prorated };
}

function differenceScale(
  def: Instrument,
  scale: Extract<Scale, { method: 'difference' }>,
  compute: (s: Scale) => ScaleResult,
  notes: ScoringNote[],
): ScaleResult {
  const parts = [scale.minuend, scale.subtrahend].map((id) => {
    const part = def.scales.find((s) => s.id === id) as Scale;
    return { id, result: compute(part) };
  });
  const [a, b] = parts.map((p) => p.result) as [ScaleResult, ScaleResult];
  const missing = [...new Set([...a.missing, ...b.missing])];
  const prorated = a.prorated || b.prorated;
  if (a.value === null || b.value === null) {
    const scaleIds = parts.filter((p) => p.result.value === null).map((p) => p.id);
    notes.push({ code: 'dependencyNotComputed', scaleId: scale.id, params: { scaleIds } });
    return { value: null, band: null, missing, prorated };
  }
  const value = a.value - b.value;
  return { value, band: bandFor(scale, value, notes), missing, prorated };
}

function bandFor(scale: Scale, value: number, notes: ScoringNote[]): Band | null {
  if (scale.bands.length === 0) return null;
  const band = scale.bands.find((b) => value >= b.min && value <= b.max);
  // A range the source gives no band (RSES 26–30, PCL-5 below 31): "no band", which is no error.
  if (!band && scale.noBand.some((r) => value >= r.min && value <= r.max)) return null;
  if (!band) {
    notes.push({ code: 'valueOutsideBands', scaleId: scale.id, params: { value } });
    return null;
  }
  // A copy, so the result owns its labels and never shares objects with the catalogue.
  return { min: band.min, max: band.max, label: copyText(band.label), informal: band.informal };
}

function raised(flag: Flag, answer: number | undefined): RaisedFlag[] {
  let hit: boolean;
  if (flag.operator === 'unanswered') hit = answer === undefined;
  else if (answer === undefined) hit = false;
  else hit = flag.operator === '>' ? answer > flag.value : flag.operator === '>=' ? answer >= flag.value : answer === flag.value;
  if (!hit) return [];
  return [
    {
      id: flag.id,
      itemId: flag.itemId,
      answer: answer ?? null,
      severity: flag.severity,
      requiresAcknowledgement: flag.requiresAcknowledgement,
      message: copyText(flag.message),
    },
  ];
}

function copyText(t: LocalizedText): LocalizedText {
  return { kk: { ...t.kk }, ru: { ...t.ru }, en: { ...t.en } };
}
