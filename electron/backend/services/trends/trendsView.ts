import { INSTRUMENTS, getInstrument } from '../../../../assessments/instruments';
import { AppFailure } from '../../../contract/errors';
import {
  TRENDS_DRAWING_METRICS,
  TRENDS_K_MIN,
  TRENDS_MEASURES,
  type TrendsBy,
  type TrendsCatalogue,
  type TrendsCount,
  type TrendsMeasure,
  type TrendsStat,
  type TrendsView,
  type TrendsViewInput,
} from '../../../contract/trendsChannels';
import type { Db } from '../../db/connection';
import { trendsUnits, trendsYears } from '../../db/repos/trendsRepo';
import type { SignedInContext } from '../signedIn';
import {
  CLIENT_DIMENSIONS,
  type Family,
  GROUP_ONLY_DIMENSIONS,
  OUTCOMES,
  alertsFamily,
  attendanceFamily,
  changeFamily,
  clientsFamily,
  employmentFamily,
  instrumentFamily,
  legalHelpFamily,
  moodFamily,
  referralsFamily,
  retentionFamily,
  sessionsFamily,
} from './families';
import { bandKey, mainScaleOf, reliableChangeOf } from './instrumentInfo';
import { trendsK } from './kSetting';
import { type Category, type SuppressedSet, YEAR_SLOT, buildSuppressedSet, cellId, slotsOf, totalId } from './linkedSet';
import {
  type Population,
  loadPopulation,
  AGE_BANDS,
  CLIENT_LANGUAGES,
  LEGAL_STATUS_GROUPS,
  PROGRAMME_NONE,
  PROGRAMME_SEVERAL,
  PROGRAMME_TYPES,
  SEXES,
} from './population';
import { type Stat, describe, rate } from './stats';
import { writeStamp } from './writeStamp';

type Kind = 'questionnaire' | 'drawing';
export type StatKind = 'score' | 'change' | 'rate' | 'median';
type Spec = {
  instrument: Kind | null;
  /** The `by`s offered for this measure (besides null). */
  by: (def: ReturnType<typeof getInstrument>) => readonly TrendsBy[];
  statistic: StatKind | null;
  /** The family (one linked set) this measure is a view of; same key = same suppression. */
  family: string;
};

const hasRci = (def: ReturnType<typeof getInstrument>) => (def ? reliableChangeOf(def) !== null : false);
const dims = () => CLIENT_DIMENSIONS;
const withOutcomeBy = () => [...CLIENT_DIMENSIONS, 'outcome'] as const;

/** Exported for the supervisor installation's combined tables (issue 15), which offer the same measures. */
export const SPECS: Record<TrendsMeasure, Spec> = {
  clientsSeen: { instrument: null, by: withOutcomeBy, statistic: null, family: 'clients' },
  assessmentsSigned: { instrument: null, by: dims, statistic: null, family: 'instrument' },
  questionnaireBands: { instrument: 'questionnaire', by: () => ['outcome'], statistic: null, family: 'instrument' },
  questionnaireScores: { instrument: 'questionnaire', by: dims, statistic: 'score', family: 'instrument' },
  questionnaireChange: {
    instrument: 'questionnaire',
    by: (def) => (hasRci(def) ? withOutcomeBy() : dims()),
    statistic: 'change',
    family: 'change',
  },
  phq9Alerts: { instrument: null, by: withOutcomeBy, statistic: null, family: 'alerts' },
  drawingProcess: { instrument: 'drawing', by: dims, statistic: 'median', family: 'instrument' },
  groupSessions: { instrument: null, by: () => GROUP_ONLY_DIMENSIONS, statistic: null, family: 'sessions' },
  groupAttendance: { instrument: null, by: withOutcomeBy, statistic: 'rate', family: 'attendance' },
  groupRetention: { instrument: null, by: withOutcomeBy, statistic: null, family: 'retention' },
  groupMood: { instrument: null, by: dims, statistic: 'change', family: 'mood' },
  referrals: { instrument: null, by: withOutcomeBy, statistic: null, family: 'referrals' },
  legalHelp: { instrument: null, by: withOutcomeBy, statistic: null, family: 'legalHelp' },
  employmentAfterRelease: { instrument: null, by: withOutcomeBy, statistic: null, family: 'employment' },
};

/** Which instruments a measure takes: assessmentsSigned takes any; the others their kind. */
export function instrumentsFor(measure: TrendsMeasure) {
  const spec = SPECS[measure];
  if (measure === 'assessmentsSigned') return INSTRUMENTS;
  return spec.instrument ? INSTRUMENTS.filter((i) => i.kind === spec.instrument) : [];
}

/**
 * What a view reuses, per open database (gone with it at lock): the population, each family's units and its suppressed
 * linked set. Valid while nothing has been written: the stamp is SQLite's count of changes on this connection and the
 * file's data_version (changes by any other connection). A view's own audit row is a write too, so the handler
 * re-stamps right after it (`trendsAudited`): that row changes no figure. Suppression results are also kept by the
 * linked set's whole content, so a write elsewhere (a client's note) rebuilds a family without suppressing it again.
 */
type DbCache = {
  stamp: string;
  population: Population | null;
  families: Map<string, { family: Family; set: SuppressedSet }>;
  suppressions: Map<string, SuppressedSet>;
};
const caches = new WeakMap<Db, DbCache>();
const stampOf = writeStamp;
function cacheOf(db: Db): DbCache {
  const stamp = stampOf(db);
  let c = caches.get(db);
  if (!c) {
    c = { stamp, population: null, families: new Map(), suppressions: new Map() };
    caches.set(db, c);
  } else if (c.stamp !== stamp) {
    c.stamp = stamp;
    c.population = null;
    c.families.clear();
  }
  return c;
}

/** Call right after the audit row of a view or export built by `buildTrendsView`: that write changes no figure. */
export function trendsAudited(db: Db): void {
  const c = caches.get(db);
  if (c) c.stamp = stampOf(db);
}

function familyOf(
  db: Db,
  pop: Population,
  measure: TrendsMeasure,
  instrumentId: string | null,
  year: number,
  today: string,
): Family {
  const def = instrumentId ? getInstrument(instrumentId) : undefined;
  switch (SPECS[measure].family) {
    case 'clients':
      return clientsFamily(db, pop, year);
    case 'instrument':
      return instrumentFamily(db, pop, def as NonNullable<typeof def>, year);
    case 'change':
      return changeFamily(db, pop, def as NonNullable<typeof def>, year);
    case 'alerts':
      return alertsFamily(db, pop, year);
    case 'sessions':
      return sessionsFamily(db, year);
    case 'attendance':
      return attendanceFamily(db, pop, year);
    case 'mood':
      return moodFamily(db, pop, year);
    case 'retention':
      return retentionFamily(db, pop, year);
    case 'legalHelp':
      return legalHelpFamily(db, pop, year);
    case 'employment':
      return employmentFamily(db, pop, year, today);
    default:
      return referralsFamily(db, pop, year);
  }
}

/**
 * Every family the Trends area can show for the year, unsuppressed, with the measures that are views of it (issue 15:
 * a bundle carries each family's microcells; suppression comes after facilities are combined). Listed from SPECS, so
 * a new measure reaches bundles by itself. Key: the family, and its instrument where it has one ('instrument:phq9').
 */
export function trendsFamilies(
  db: Db,
  year: number,
  today: string,
): { key: string; measures: TrendsMeasure[]; statistics: (StatKind | null)[]; family: Family }[] {
  const pop = loadPopulation(db);
  const found = new Map<string, { key: string; measures: TrendsMeasure[]; statistics: (StatKind | null)[]; family: Family }>();
  for (const measure of TRENDS_MEASURES) {
    const spec = SPECS[measure];
    const needs = measure === 'assessmentsSigned' || spec.instrument !== null;
    for (const instrumentId of needs ? instrumentsFor(measure).map((d) => d.id) : [null]) {
      const key = instrumentId ? `${spec.family}:${instrumentId}` : spec.family;
      const entry = found.get(key);
      if (entry) {
        entry.measures.push(measure);
        entry.statistics.push(spec.statistic);
      } else {
        const family = familyOf(db, pop, measure, instrumentId, year, today);
        found.set(key, { key, measures: [measure], statistics: [spec.statistic], family });
      }
    }
  }
  return [...found.values()];
}

/** The family of a view and its suppressed linked set, from the cache when nothing changed. */
function suppressedFamily(db: Db, measure: TrendsMeasure, instrumentId: string | null, year: number, k: number, today: string) {
  const cache = cacheOf(db);
  // Today matters to employment after release only ("not yet known" until 6 months have passed).
  const key = `${SPECS[measure].family}|${instrumentId ?? ''}|${year}|${k}|${SPECS[measure].family === 'employment' ? today : ''}`;
  const hit = cache.families.get(key);
  if (hit) return hit;
  cache.population ??= loadPopulation(db);
  const family = familyOf(db, cache.population, measure, instrumentId, year, today);
  const set = buildSuppressedSet(family.units, family.by.length, family.fixedColumns, k, cache.suppressions);
  const entry = { family, set };
  cache.families.set(key, entry);
  return entry;
}

/** Checks the measure's instrument and `by`; returns the instrument id (or null). */
function checkInput(input: TrendsViewInput): string | null {
  const spec = SPECS[input.measure];
  const needs = input.measure === 'assessmentsSigned' || spec.instrument !== null;
  if (!needs) {
    if (input.instrumentId !== undefined) throw new AppFailure('VALIDATION', 'this measure takes no instrument');
  } else {
    const def = input.instrumentId ? getInstrument(input.instrumentId) : undefined;
    if (!def || !instrumentsFor(input.measure).includes(def))
      throw new AppFailure('VALIDATION', 'this measure needs one of its instruments');
  }
  if (input.metric !== undefined && input.measure !== 'drawingProcess')
    throw new AppFailure('VALIDATION', 'only drawingProcess takes a metric');
  const def = input.instrumentId ? getInstrument(input.instrumentId) : undefined;
  if (input.by !== null && !spec.by(def).includes(input.by))
    throw new AppFailure('VALIDATION', 'this measure is not offered by that dimension');
  return needs ? (input.instrumentId ?? null) : null;
}

const SUPPRESSED = { kind: 'suppressed' } as const;

/**
 * One table of the Trends area with its margins, every figure suppressed over the measure's linked set for the year.
 * No audit here: the channel audits `trends.viewed`, an export its own action.
 */
export function buildTrendsView(s: SignedInContext, input: TrendsViewInput): TrendsView {
  const instrumentId = checkInput(input);
  const spec = SPECS[input.measure];
  const k = trendsK(s.db);
  const today = new Date(s.now()).toISOString().slice(0, 10);
  const { family, set } = suppressedFamily(s.db, input.measure, instrumentId, input.year, k, today);
  const byIndex = input.by === null ? -1 : family.by.indexOf(input.by);
  const columns: Category[] = byIndex < 0 ? [] : [...(set.columns[byIndex] ?? [])];
  const rows = slotsOf(input.granularity, input.year);

  const count = (id: string): TrendsCount => {
    if (set.hidden.has(id)) return SUPPRESSED;
    return { kind: 'value', value: set.values.get(id) ?? 0 };
  };
  const counts = {
    cells: rows.map((r) => columns.map((c) => count(cellId(r.slot, byIndex, c)))),
    rowTotals: rows.map((r) => count(totalId(r.slot))),
    columnTotals: columns.map((c) => count(cellId(YEAR_SLOT, byIndex, c))),
    grandTotal: count(totalId(YEAR_SLOT)),
  };

  let statistic: TrendsView['statistic'] = null;
  if (spec.statistic) {
    const valueIndex = input.measure === 'drawingProcess' ? TRENDS_DRAWING_METRICS.indexOf(input.metric ?? 'durationMinutes') : 0;
    // The values behind each figure of this table only.
    const wanted = new Set<number>([...rows.map((r) => r.slot), YEAR_SLOT]);
    const values = new Map<string, number[]>();
    const push = (id: string, v: number) => {
      const list = values.get(id);
      if (list) list.push(v);
      else values.set(id, [v]);
    };
    for (const u of family.units) {
      for (const slot of wanted) {
        const e = u.slots[slot];
        const v = e?.values?.[valueIndex];
        if (!e || v === null || v === undefined) continue;
        push(totalId(slot), v);
        if (byIndex >= 0) push(cellId(slot, byIndex, e.cats[byIndex] ?? null), v);
      }
    }
    const stat = (id: string): TrendsStat => {
      const c = count(id);
      if (c.kind === 'suppressed') return SUPPRESSED;
      const vs = values.get(id) ?? [];
      if (vs.length === 0) return { kind: 'empty' };
      // Shown only when the published count and the number of values are both at least k (issue 14 §2).
      if (c.value < k || vs.length < k) return SUPPRESSED;
      const st: Stat = spec.statistic === 'rate' ? rate(vs) : describe(vs);
      return { kind: 'stat', ...st };
    };
    statistic = {
      kind: spec.statistic,
      grid: {
        cells: rows.map((r) => columns.map((c) => stat(cellId(r.slot, byIndex, c)))),
        rowTotals: rows.map((r) => stat(totalId(r.slot))),
        columnTotals: columns.map((c) => stat(cellId(YEAR_SLOT, byIndex, c))),
        grandTotal: stat(totalId(YEAR_SLOT)),
      },
    };
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
    columns,
    counts,
    distinctPeople: family.distinctPeople,
    statistic,
  };
}

/** What the Trends area can ask for. */
export function trendsCatalogue(s: SignedInContext): TrendsCatalogue {
  const thisYear = new Date(s.now()).getUTCFullYear();
  const years = [...new Set([thisYear, ...trendsYears(s.db)])].sort((a, b) => b - a);
  return {
    k: trendsK(s.db),
    kMin: TRENDS_K_MIN,
    years,
    measures: TRENDS_MEASURES.map((id) => {
      const spec = SPECS[id];
      const instruments = instrumentsFor(id).map((def) => ({ id: def.id, kind: def.kind, rci: reliableChangeOf(def) !== null }));
      // `by` offered: the union over the measure's instruments (the view checks the instrument's own).
      const by = [...new Set(instrumentsFor(id).length ? instrumentsFor(id).flatMap((def) => spec.by(def)) : spec.by(undefined))];
      const outcomes = id in OUTCOMES ? [...OUTCOMES[id as keyof typeof OUTCOMES]] : null;
      return {
        id,
        instruments,
        by,
        outcomes,
        statistic: spec.statistic,
        metrics: id === 'drawingProcess' ? [...TRENDS_DRAWING_METRICS] : [],
      };
    }),
    dimensions: [
      { id: 'unit', categories: [...trendsUnits(s.db), null] },
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
