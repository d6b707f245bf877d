import { INSTRUMENTS, getInstrument } from '../../../../../assessments/instruments';
import { AppFailure } from '../../../../contract/errors';
import { KZ_REGIONS } from '../../../../contract/regions';
import type { CombinedBy, CombinedCatalogue, CombinedView, CombinedViewInput } from '../../../../contract/supervisorChannels';
import {
  TRENDS_DRAWING_METRICS,
  TRENDS_K_MIN,
  TRENDS_MEASURES,
  type TrendsCount,
  type TrendsStat,
} from '../../../../contract/trendsChannels';
import type { Db } from '../../../db/connection';
import { bundleYears, cellsOfYear, facilityCount } from '../../../db/repos/supervisorRepo';
import { OUTCOMES } from '../../trends/families';
import { bandKey, mainScaleOf, reliableChangeOf } from '../../trends/instrumentInfo';
import { trendsK } from '../../trends/kSetting';
import {
  type Category,
  type SuppressedSet,
  type Unit,
  YEAR_SLOT,
  buildSuppressedSet,
  cellId,
  eventUnit,
  slotsOf,
  totalId,
} from '../../trends/linkedSet';
import {
  AGE_BANDS,
  CLIENT_LANGUAGES,
  LEGAL_STATUS_GROUPS,
  PROGRAMME_NONE,
  PROGRAMME_SEVERAL,
  PROGRAMME_TYPES,
  SEXES,
} from '../../trends/population';
import { type Stat, describe, rate } from '../../trends/stats';
import { SPECS, instrumentsFor } from '../../trends/trendsView';
import { writeStamp } from '../../trends/writeStamp';

/**
 * Combined Trends (issue 15 §3): the facilities' stored, unsuppressed microcells of one family for one year, summed
 * into one linked set whose dimensions are the facility, its region and the family's own (the facility's `unit` is
 * left out: unit names are each facility's own, and the facility takes its place). The set is suppressed with the
 * same code as a facility's Trends (services/trends/linkedSet.ts over disclosure/), so the exact audit applies to the
 * combined tables: no hidden figure is recoverable from everything these tables show of the family and year.
 */

const FIXED_DIMENSIONS: Record<string, readonly Category[]> = {
  programmeType: [...PROGRAMME_TYPES, PROGRAMME_SEVERAL, PROGRAMME_NONE],
  legalStatus: LEGAL_STATUS_GROUPS,
  ageBand: AGE_BANDS,
  sex: SEXES,
  language: CLIENT_LANGUAGES,
};

/**
 * Which of a family's stored value histograms a measure's statistic is of: the chosen process metric of a drawing
 * protocol, else the first (as a facility's view picks them, trendsView.ts).
 */
function valueIndex(measure: CombinedViewInput['measure'], metric: string | undefined): number {
  return measure === 'drawingProcess' ? Math.max(0, TRENDS_DRAWING_METRICS.indexOf((metric ?? 'durationMinutes') as never)) : 0;
}

/** The `by`s a combined table offers for a measure: the facility's own (no unit), then facility and region. */
function offered(measure: CombinedViewInput['measure'], def: ReturnType<typeof getInstrument>): CombinedBy[] {
  return [...SPECS[measure].by(def).filter((b) => b !== 'unit'), 'facility', 'region'];
}

/** The one facility and region category of a month slot (never shown: a month table is not offered by them). */
const WHOLE = '\u0000whole';
/** Breakdowns a table by month does not offer. */
export const QUARTER_OR_YEAR_ONLY: readonly CombinedBy[] = ['facility', 'region'];

type Piece = { slot: number; cats: Category[]; values: readonly [number, number][][] };
type Combined = { by: CombinedBy[]; set: SuppressedSet; pieces: Piece[]; names: Map<string, string>; facilities: number };

type DbCache = { stamp: string; sets: Map<string, Combined>; suppressions: Map<string, SuppressedSet> };
const caches = new WeakMap<Db, DbCache>();
const stampOf = writeStamp;
function cacheOf(db: Db): DbCache {
  const stamp = stampOf(db);
  let c = caches.get(db);
  if (!c) {
    c = { stamp, sets: new Map(), suppressions: new Map() };
    caches.set(db, c);
  } else if (c.stamp !== stamp) {
    c.stamp = stamp;
    c.sets.clear();
  }
  return c;
}
/** Call right after a view's audit row: that write changes no figure. */
export function combinedAudited(db: Db): void {
  const c = caches.get(db);
  if (c) c.stamp = stampOf(db);
}

type StoredShape = { by: string[]; values: string[]; measures: string[] };
type StoredCell = [number, Category[], number, [number, number][][]];

/** The fixed outcome categories of a family, in their order (bands for an instrument's family). */
function fixedOutcomes(family: string, measures: readonly string[]): Category[] {
  if (family.startsWith('instrument:')) {
    const def = getInstrument(family.slice('instrument:'.length));
    return def?.kind === 'questionnaire' ? [...(mainScaleOf(def)?.bands ?? []).map(bandKey), 'none'] : [];
  }
  const m = measures.find((x) => x in OUTCOMES) as keyof typeof OUTCOMES | undefined;
  return m ? [...OUTCOMES[m]] : [];
}

/** Builds (or takes from the cache) the family's combined, suppressed linked set for the year. */
function combinedFamily(db: Db, family: string, year: number, k: number): Combined {
  const cache = cacheOf(db);
  const key = `${family}|${year}|${k}`;
  const hit = cache.sets.get(key);
  if (hit) return hit;
  const rows = cellsOfYear(db, family, year);
  const names = new Map<string, string>();
  const regions = new Set<string>();
  let own: string[] = [];
  let measures: string[] = [];
  for (const r of rows) {
    names.set(r.facility_id, r.name);
    if (r.region) regions.add(r.region);
    const shape = JSON.parse(r.by_list) as StoredShape;
    for (const b of shape.by) if (b !== 'unit' && !own.includes(b)) own.push(b);
    measures = [...new Set([...measures, ...shape.measures])];
  }
  // The facility's own dimensions first, outcome last, as the families list them.
  own = [...own.filter((b) => b !== 'outcome'), ...(own.includes('outcome') ? ['outcome'] : [])];
  const by = ['facility', 'region', ...own] as CombinedBy[];
  const units: Unit[] = [];
  const pieces: Piece[] = [];
  for (const r of rows) {
    const shape = JSON.parse(r.by_list) as StoredShape;
    const index = own.map((b) => shape.by.indexOf(b));
    for (const [month, cats, count, hists] of JSON.parse(r.cells) as StoredCell[]) {
      const combinedCats: Category[] = [r.facility_id, r.region, ...index.map((i) => (i < 0 ? null : (cats[i] ?? null)))];
      const unit = eventUnit(`${year}-${String(month).padStart(2, '0')}-01`, combinedCats);
      // Facility and region are offered by quarter and year only: in the month slot both are one category, so the
      // linked set holds no facility-by-month figure (the smallest and most often hidden, and the audit's main cost).
      const slots = [...unit.slots];
      slots[month - 1] = { cats: [WHOLE, WHOLE, ...combinedCats.slice(2)] };
      units.push({ slots, weight: count });
      pieces.push({ slot: month - 1, cats: combinedCats, values: hists });
    }
  }
  const byName = (a: string, b: string) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b) || a.localeCompare(b);
  const fixed: Category[][] = [
    [...names.keys()].sort(byName),
    KZ_REGIONS.filter((r) => regions.has(r)),
    ...own.map((b) => (b === 'outcome' ? fixedOutcomes(family, measures) : [...(FIXED_DIMENSIONS[b] ?? [])])),
  ];
  const set = buildSuppressedSet(units, by.length, fixed, k, cache.suppressions);
  const combined = { by, set, pieces, names, facilities: names.size };
  cache.sets.set(key, combined);
  return combined;
}

const SUPPRESSED = { kind: 'suppressed' } as const;

/** Checks the measure's instrument, metric and `by` as a facility's view does; returns the instrument id (or null). */
function checkInput(input: CombinedViewInput): string | null {
  const spec = SPECS[input.measure];
  const needs = input.measure === 'assessmentsSigned' || spec.instrument !== null;
  const def = input.instrumentId ? getInstrument(input.instrumentId) : undefined;
  if (!needs && input.instrumentId !== undefined) throw new AppFailure('VALIDATION', 'this measure takes no instrument');
  if (needs && (!def || !instrumentsFor(input.measure).includes(def)))
    throw new AppFailure('VALIDATION', 'this measure needs one of its instruments');
  if (input.metric !== undefined && input.measure !== 'drawingProcess')
    throw new AppFailure('VALIDATION', 'only drawingProcess takes a metric');
  if (input.by !== null && !offered(input.measure, def).includes(input.by))
    throw new AppFailure('VALIDATION', 'this measure is not offered by that dimension');
  if (input.granularity === 'month' && input.by !== null && QUARTER_OR_YEAR_ONLY.includes(input.by))
    throw new AppFailure('VALIDATION', 'facility and region tables are by quarter or year');
  return needs ? (input.instrumentId ?? null) : null;
}

/** One combined table with its margins; no audit here (the channel audits it). */
export function buildCombinedView(db: Db, input: CombinedViewInput): CombinedView {
  const instrumentId = checkInput(input);
  const spec = SPECS[input.measure];
  const k = trendsK(db);
  const family = `${spec.family}${instrumentId ? `:${instrumentId}` : ''}`;
  const c = combinedFamily(db, family, input.year, k);
  const byIndex = input.by === null ? -1 : c.by.indexOf(input.by);
  const columns: Category[] = byIndex < 0 ? [] : (c.set.columns[byIndex] ?? []).filter((col) => col !== WHOLE);
  const rows = slotsOf(input.granularity, input.year);
  const count = (id: string): TrendsCount =>
    c.set.hidden.has(id) ? SUPPRESSED : { kind: 'value', value: c.set.values.get(id) ?? 0 };
  const grid = <T>(cell: (id: string) => T) => ({
    cells: rows.map((r) => columns.map((col) => cell(cellId(r.slot, byIndex, col)))),
    rowTotals: rows.map((r) => cell(totalId(r.slot))),
    columnTotals: columns.map((col) => cell(cellId(YEAR_SLOT, byIndex, col))),
    grandTotal: cell(totalId(YEAR_SLOT)),
  });

  let statistic: CombinedView['statistic'] = null;
  const index = valueIndex(input.measure, input.metric);
  if (spec.statistic) {
    const values = new Map<string, number[]>();
    const push = (id: string, v: number, n: number) => {
      let list = values.get(id);
      if (!list) values.set(id, (list = []));
      for (let i = 0; i < n; i++) list.push(v);
    };
    const wanted = new Set<number>([...rows.map((r) => r.slot), YEAR_SLOT]);
    for (const p of c.pieces) {
      const slots = [p.slot, 12 + Math.floor(p.slot / 3), YEAR_SLOT].filter((s) => wanted.has(s));
      for (const [v, n] of p.values[index] ?? []) {
        for (const slot of slots) {
          push(totalId(slot), v, n);
          if (byIndex >= 0) push(cellId(slot, byIndex, p.cats[byIndex] ?? null), v, n);
        }
      }
    }
    const stat = (id: string): TrendsStat => {
      const shown = count(id);
      if (shown.kind === 'suppressed') return SUPPRESSED;
      const vs = values.get(id) ?? [];
      if (vs.length === 0) return { kind: 'empty' };
      // As in a facility's Trends: only when the published count and the number of values are both at least k.
      if (shown.value < k || vs.length < k) return SUPPRESSED;
      const st: Stat = spec.statistic === 'rate' ? rate(vs) : describe(vs);
      return { kind: 'stat', ...st };
    };
    statistic = { kind: spec.statistic, grid: grid(stat) };
  }

  return {
    measure: input.measure,
    instrumentId,
    metric: input.measure === 'drawingProcess' ? (input.metric ?? 'durationMinutes') : null,
    granularity: input.granularity,
    year: input.year,
    by: input.by,
    k,
    rows: rows.map((r) => r.key),
    // A facility's column is its name as its newest bundle states it (cut to the contract's 100 characters).
    columns: input.by === 'facility' ? columns.map((id) => (c.names.get(id ?? '') ?? String(id)).slice(0, 100)) : columns,
    counts: grid(count),
    distinctPeople: false,
    statistic,
    facilities: c.facilities,
  };
}

/** What the combined Trends can ask for: the facility's catalogue, with facility and region as dimensions. */
export function combinedCatalogue(db: Db, nowMs: number): CombinedCatalogue {
  const thisYear = new Date(nowMs).getUTCFullYear();
  const years = [...new Set([thisYear, ...bundleYears(db)])].sort((a, b) => b - a);
  return {
    k: trendsK(db),
    kMin: TRENDS_K_MIN,
    years,
    facilities: facilityCount(db),
    measures: TRENDS_MEASURES.map((id) => {
      const spec = SPECS[id];
      const defs = instrumentsFor(id);
      const by = [...new Set(defs.length ? defs.flatMap((def) => offered(id, def)) : offered(id, undefined))];
      return {
        id,
        instruments: defs.map((def) => ({ id: def.id, kind: def.kind, rci: reliableChangeOf(def) !== null })),
        by,
        outcomes: id in OUTCOMES ? [...OUTCOMES[id as keyof typeof OUTCOMES]] : null,
        statistic: spec.statistic,
        metrics: id === 'drawingProcess' ? [...TRENDS_DRAWING_METRICS] : [],
      };
    }),
    dimensions: [
      { id: 'programmeType', categories: [...PROGRAMME_TYPES, PROGRAMME_SEVERAL, PROGRAMME_NONE] },
      { id: 'legalStatus', categories: [...LEGAL_STATUS_GROUPS, null] },
      { id: 'ageBand', categories: [...AGE_BANDS, null] },
      { id: 'sex', categories: [...SEXES, null] },
      { id: 'language', categories: [...CLIENT_LANGUAGES, null] },
    ],
    bands: INSTRUMENTS.filter((d) => d.kind === 'questionnaire').map((d) => ({
      instrumentId: d.id,
      bandIds: [...(mainScaleOf(d)?.bands ?? []).map(bandKey), 'none'],
    })),
  };
}
