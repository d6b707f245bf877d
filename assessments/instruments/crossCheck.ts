/**
 * Cross-reference checks run by loadInstrument after the shape is valid. Each returns readable
 * problems instead of throwing, so one load lists everything wrong with a definition at once.
 */
import { itemRange, itemsById, scaleRange } from './ranges';
import type { Band, Instrument, Item, Scale, SuggestedValue } from './schema';

export function crossCheck(def: Instrument): string[] {
  return [
    ...checkIds(def),
    ...checkKind(def),
    ...checkPages(def),
    ...checkItems(def),
    ...checkScales(def),
    ...checkRules(def),
    ...checkSuggestions(def),
  ];
}

function duplicates(ids: readonly (string | number)[]): (string | number)[] {
  const seen = new Set<string | number>();
  const dup = new Set<string | number>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Items and inquiry questions share one id space: both are keys of the answers record. */
export function answerIds(def: Instrument): string[] {
  const inquiry = def.pages.flatMap((p) => p.inquiry.map((q) => q.id));
  return [...def.sections.flatMap((s) => s.items.map((i) => i.id)), ...inquiry];
}

function checkIds(def: Instrument): string[] {
  const groups: [string, string[]][] = [
    ['page', def.pages.map((p) => p.id)],
    ['section', def.sections.map((s) => s.id)],
    ['item or inquiry question', answerIds(def)],
    ['scale', def.scales.map((s) => s.id)],
    ['flag', def.flags.map((f) => f.id)],
    ['response scale', def.responseScales.map((r) => r.id)],
  ];
  return groups.flatMap(([what, ids]) => duplicates(ids).map((d) => `duplicate ${what} id "${d}"`));
}

/** Drawings are observation aids: no bands or flags, hence no diagnosis or risk label (docs/INSTRUMENTS.md). */
function checkKind(def: Instrument): string[] {
  const problems: string[] = [];
  if (def.kind === 'drawing') {
    if (def.pages.length === 0) problems.push('a drawing protocol needs at least one page');
    for (const s of def.scales) {
      if (s.bands.length > 0)
        problems.push(`scale "${s.id}": drawing scales are descriptive and may not have interpretation bands`);
    }
    if (def.flags.length > 0) problems.push('a drawing protocol may not raise flags (no risk labels from drawings)');
  } else {
    if (def.pages.length > 0) problems.push('a questionnaire has no drawing pages');
    if (def.metricSuggestions.length > 0) problems.push('a questionnaire has no drawing metrics to suggest from');
  }
  return problems;
}

function checkPages(def: Instrument): string[] {
  const problems: string[] = [];
  for (const page of def.pages) {
    const colourTool = page.tools.some((t) => t === 'colouredPencil' || t === 'marker');
    if (colourTool && !page.palette) problems.push(`page "${page.id}": coloured tools need a palette`);
    if (!colourTool && page.palette) problems.push(`page "${page.id}": a palette without a coloured tool`);
    for (const d of duplicates(page.tools)) problems.push(`page "${page.id}": tool "${d}" listed twice`);
    for (const d of duplicates(page.actions)) problems.push(`page "${page.id}": action "${d}" listed twice`);
    // Redo re-applies what undo took back: without undo it could never do anything.
    if (page.actions.includes('redo') && !page.actions.includes('undo')) problems.push(`page "${page.id}": redo without undo`);
    for (const d of duplicates((page.palette ?? []).map((c) => c.id)))
      problems.push(`page "${page.id}": duplicate colour id "${d}"`);
    for (const d of duplicates((page.palette ?? []).map((c) => c.hex))) problems.push(`page "${page.id}": duplicate colour ${d}`);
  }
  const pageIds = new Set(def.pages.map((p) => p.id));
  for (const s of def.sections) {
    if (s.pageId !== undefined && !pageIds.has(s.pageId)) problems.push(`section "${s.id}": unknown page "${s.pageId}"`);
  }
  return problems;
}

function checkItems(def: Instrument): string[] {
  const problems: string[] = [];
  const responseScaleIds = new Set(def.responseScales.map((r) => r.id));
  for (const r of def.responseScales) {
    for (const d of duplicates(r.options.map((o) => o.value))) problems.push(`response scale "${r.id}": duplicate value ${d}`);
  }
  for (const item of itemsById(def).values()) {
    const where = `item "${item.id}"`;
    if (item.kind === 'rating') {
      if (item.min >= item.max) problems.push(`${where}: min must be below max`);
      const values = item.anchors.map((a) => a.value);
      for (const v of values)
        if (v < item.min || v > item.max) problems.push(`${where}: anchor ${v} outside ${item.min}..${item.max}`);
      if (!values.includes(item.min) || !values.includes(item.max))
        problems.push(`${where}: both ends of the rating need an anchor`);
      for (const d of duplicates(values)) problems.push(`${where}: duplicate anchor ${d}`);
    }
    if (item.kind === 'number' && item.min > item.max) problems.push(`${where}: min above max`);
    if (item.kind === 'response' && !responseScaleIds.has(item.responseScale)) {
      problems.push(`${where}: unknown response scale "${item.responseScale}"`);
    }
    if (item.kind === 'singleChoice' || item.kind === 'multipleChoice') {
      for (const d of duplicates(item.options.map((o) => o.value))) problems.push(`${where}: duplicate option "${d}"`);
    }
  }
  return problems;
}

function checkScales(def: Instrument): string[] {
  const problems: string[] = [];
  const items = itemsById(def);
  const scaleIds = new Set(def.scales.map((s) => s.id));
  for (const scale of def.scales) {
    const where = `scale "${scale.id}"`;
    if (scale.method === 'difference') {
      for (const ref of [scale.minuend, scale.subtrahend]) {
        if (!scaleIds.has(ref)) problems.push(`${where}: unknown scale "${ref}"`);
        if (ref === scale.id) problems.push(`${where}: refers to itself`);
      }
    } else {
      for (const ref of scale.items) {
        const item = items.get(ref.itemId);
        if (!item) {
          problems.push(`${where}: unknown item "${ref.itemId}"`);
          continue;
        }
        if (scale.method === 'count') {
          if (item.kind !== 'indicator')
            problems.push(`${where}: count takes indicator items only ("${item.id}" is ${item.kind})`);
          if (ref.weight !== 1 || ref.reversed) problems.push(`${where}: count items take no weight or reversal ("${item.id}")`);
        } else if (!itemRange(def, item)) {
          problems.push(`${where}: item "${item.id}" (${item.kind}) has no numeric value`);
        }
        if (scale.method === 'mean' && ref.weight <= 0) problems.push(`${where}: mean weights must be positive`);
      }
      for (const d of duplicates(scale.items.map((r) => r.itemId))) problems.push(`${where}: item "${d}" listed twice`);
      if (scale.missing !== 'none-missing' && scale.missing.prorate.maxMissing >= scale.items.length) {
        problems.push(`${where}: maxMissing must leave at least one answered item`);
      }
    }
    problems.push(...checkBands(def, scale));
  }
  if (problems.length === 0) {
    for (const scale of def.scales) if (!scaleRange(def, scale)) problems.push(`scale "${scale.id}": circular reference`);
  }
  return problems;
}

/** Bands ascend without overlap; on questionnaires they cover every possible value (none unlabelled). */
function checkBands(def: Instrument, scale: Scale): string[] {
  const where = `scale "${scale.id}"`;
  const problems: string[] = [];
  // Ranges with no band count towards the coverage, so a gap is declared, never filled with an invented band.
  const bands: readonly Pick<Band, 'min' | 'max'>[] =
    scale.noBand.length === 0 ? scale.bands : [...scale.bands, ...scale.noBand].sort((a, b) => a.min - b.min);
  bands.forEach((b, i) => {
    if (b.min > b.max) problems.push(`${where}: band ${b.min}–${b.max} has min above max`);
    const prev = bands[i - 1];
    if (prev && b.min <= prev.max) problems.push(`${where}: band ${b.min}–${b.max} overlaps or precedes ${prev.min}–${prev.max}`);
  });
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (def.kind !== 'questionnaire' || !first || !last || problems.length > 0) return problems;
  const range = scaleRange(def, scale);
  if (!range) return problems;
  if (range.integer) {
    if (first.min !== range.min || last.max !== range.max) {
      problems.push(`${where}: bands ${first.min}–${last.max} must span the scale's range ${range.min}–${range.max} exactly`);
    }
    bands.forEach((b, i) => {
      const prev = bands[i - 1];
      if (!Number.isInteger(b.min) || !Number.isInteger(b.max))
        problems.push(`${where}: band ${b.min}–${b.max} of a whole-number scale needs whole bounds`);
      if (prev && b.min !== prev.max + 1) problems.push(`${where}: gap between bands ${prev.max} and ${b.min}`);
    });
  } else if (first.min > range.min || last.max < range.max) {
    problems.push(`${where}: bands ${first.min}–${last.max} do not cover the scale's range ${range.min}–${range.max}`);
  }
  return problems;
}

/** Whether `value` is something the item accepts as an answer. */
export function acceptsValue(def: Instrument, item: Item, value: SuggestedValue): boolean {
  switch (item.kind) {
    case 'indicator':
      return typeof value === 'boolean';
    case 'singleChoice':
      return typeof value === 'string' && item.options.some((o) => o.value === value);
    case 'response':
      return def.responseScales.find((r) => r.id === item.responseScale)?.options.some((o) => o.value === value) ?? false;
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= item.min && value <= item.max;
    case 'number':
      return typeof value === 'number' && value >= item.min && value <= item.max && (!item.integer || Number.isInteger(value));
    default:
      return false;
  }
}

function checkRules(def: Instrument): string[] {
  const problems: string[] = [];
  const items = itemsById(def);
  for (const rule of def.skipRules) {
    const where = `skip rule for "${rule.itemId}"`;
    const item = items.get(rule.itemId);
    const when = items.get(rule.when.itemId);
    if (!item) problems.push(`${where}: unknown item`);
    else if (!acceptsValue(def, item, rule.scoreAs)) problems.push(`${where}: scoreAs ${rule.scoreAs} is not a valid answer`);
    if (!when) problems.push(`${where}: unknown item "${rule.when.itemId}"`);
    else if (!acceptsValue(def, when, rule.when.equals))
      problems.push(`${where}: ${rule.when.equals} is not a valid answer to "${when.id}"`);
  }
  for (const flag of def.flags) {
    const item = items.get(flag.itemId);
    if (!item) problems.push(`flag "${flag.id}": unknown item "${flag.itemId}"`);
    else if (!itemRange(def, item)) problems.push(`flag "${flag.id}": item "${flag.itemId}" has no numeric value`);
  }
  return problems;
}

function checkSuggestions(def: Instrument): string[] {
  const problems: string[] = [];
  const items = itemsById(def);
  const pageIds = new Set(def.pages.map((p) => p.id));
  def.metricSuggestions.forEach((s, i) => {
    const where = `metric suggestion ${i} (${s.metric} → "${s.itemId}")`;
    if (!pageIds.has(s.pageId)) problems.push(`${where}: unknown page "${s.pageId}"`);
    const item = items.get(s.itemId);
    if (!item) {
      problems.push(`${where}: unknown item`);
      return;
    }
    if (s.mapping.kind === 'value') {
      if (item.kind !== 'number' && item.kind !== 'rating')
        problems.push(`${where}: a raw value fits only number or rating items`);
      return;
    }
    const { steps, otherwise } = s.mapping;
    for (const v of [...steps.map((st) => st.value), otherwise]) {
      if (!acceptsValue(def, item, v)) problems.push(`${where}: ${JSON.stringify(v)} is not a valid answer`);
    }
    steps.forEach((st, j) => {
      const prev = steps[j - 1];
      if (prev && st.below <= prev.below) problems.push(`${where}: thresholds must increase`);
    });
  });
  return problems;
}
