import type { Instrument, ScaleTotal } from './instrumentInfo';
import { mainScaleOf, reliableChangeOf, higherIsBetter, bandKey } from './instrumentInfo';
import type { TrendsBy, TrendsDimension } from '../../../contract/trendsChannels';
import type { Db } from '../../db/connection';
import {
  trendsAlerts,
  trendsContacts,
  trendsDrawingsOfInstrument,
  trendsFirstContacts,
  trendsLeavings,
  trendsResultHistory,
  trendsSessionRecords,
  trendsSessions,
  trendsSignedOfInstrument,
} from '../../db/repos/trendsRepo';
import { releaseDates } from '../../db/repos/reentryRepo';
import { referralTrendRows } from '../../db/repos/referralsRepo';
import { type Category, type Unit, eventUnit } from './linkedSet';
import {
  AGE_BANDS,
  type Attributes,
  CLIENT_LANGUAGES,
  LEGAL_STATUS_GROUPS,
  PROGRAMME_NONE,
  PROGRAMME_SEVERAL,
  PROGRAMME_TYPES,
  type Population,
  SEXES,
} from './population';
import { reliableChangeClass } from './stats';

/**
 * The measure families of issue 14 §1: each is one linked set (one kind of unit counted), read from the database
 * for one year and turned into units with their categories per `by` and the values their statistics use.
 */
export type Family = {
  /** The `by`s the linked set covers, in order (the units' `cats` follow it). */
  by: readonly TrendsBy[];
  /** Categories always listed per `by` (the data may add more, e.g. a unit or a band of an older definition). */
  fixedColumns: readonly (readonly Category[])[];
  units: readonly Unit[];
  /** People counted once per period: a quarter or the year is not the sum of its months. */
  distinctPeople: boolean;
};

export const CLIENT_DIMENSIONS: readonly TrendsDimension[] = [
  'unit',
  'programmeType',
  'legalStatus',
  'ageBand',
  'sex',
  'language',
];
export const GROUP_ONLY_DIMENSIONS: readonly TrendsDimension[] = ['unit', 'programmeType'];

const FIXED: Record<TrendsDimension, readonly Category[]> = {
  unit: [],
  programmeType: [...PROGRAMME_TYPES, PROGRAMME_SEVERAL, PROGRAMME_NONE],
  legalStatus: LEGAL_STATUS_GROUPS,
  ageBand: AGE_BANDS,
  sex: SEXES,
  language: CLIENT_LANGUAGES,
};

export const OUTCOMES = {
  clientsSeen: ['new', 'returning'],
  questionnaireChange: ['improved', 'unchanged', 'deteriorated'],
  phq9Alerts: ['acknowledged', 'notAcknowledged'],
  groupAttendance: ['present', 'late', 'absentExcused', 'absentUnexcused'],
  groupRetention: ['completed', 'left', 'droppedOut'],
  referrals: [
    'employed',
    'legalHelp',
    'documentsRestored',
    'housingFound',
    'treatmentStarted',
    'otherOutcome',
    'declined',
    'noAnswer',
    'inProgress',
  ],
  legalHelp: ['consultation', 'application', 'claim'],
  employmentAfterRelease: ['within3Months', 'within3To6Months', 'notWithin6Months', 'notYetKnown'],
} as const;

const catsOf = (a: Attributes, outcome?: Category): Category[] => {
  const cats: Category[] = CLIENT_DIMENSIONS.map((d) => a[d]);
  if (outcome !== undefined) cats.push(outcome);
  return cats;
};
const withOutcome = (outcomes: readonly Category[]) => ({
  by: [...CLIENT_DIMENSIONS, 'outcome'] as TrendsBy[],
  fixedColumns: [...CLIENT_DIMENSIONS.map((d) => FIXED[d]), outcomes],
});

/** Signed assessments of one instrument: assessmentsSigned, questionnaireBands/Scores, drawingProcess. */
export function instrumentFamily(db: Db, pop: Population, def: Instrument, year: number): Family {
  const rows = trendsSignedOfInstrument(db, def.id, year);
  if (def.kind === 'questionnaire') {
    const scale = mainScaleOf(def);
    const bandColumns: Category[] = [...(scale?.bands ?? []).map(bandKey), 'none'];
    const units = rows.map((r) => {
      const total = (JSON.parse(r.totals) as ScaleTotal[]).find((t) => t.scaleId === scale?.id);
      const band = total?.band ? bandKey(total.band) : 'none';
      return eventUnit(r.date, catsOf(pop.on(r.client_id, r.date), band), [total?.value ?? null]);
    });
    return { ...withOutcome(bandColumns), units, distinctPeople: false };
  }
  // Drawings: per assessment, the current drawing of each page; metrics only when every current one is digital and finished.
  const current = new Map<string, Map<string, (typeof drawings)[number]>>();
  const drawings = trendsDrawingsOfInstrument(db, def.id, year);
  for (const d of drawings) {
    const pages = current.get(d.assessment_id) ?? new Map<string, (typeof drawings)[number]>();
    const page = d.page_id ?? '';
    const prev = pages.get(page);
    if (!prev || (d.assessment_seq ?? 0) > (prev.assessment_seq ?? 0)) pages.set(page, d);
    current.set(d.assessment_id, pages);
  }
  const units = rows.map((r) => {
    const pages = [...(current.get(r.id)?.values() ?? [])];
    const measurable =
      pages.length > 0 && pages.every((d) => d.medium === 'digital' && d.status === 'finished' && d.finished_t !== null);
    const minutes = measurable ? pages.reduce((s, d) => s + (d.finished_t ?? 0), 0) / 60000 : null;
    const events = measurable ? pages.reduce((s, d) => s + d.event_count, 0) : null;
    return eventUnit(r.date, catsOf(pop.on(r.client_id, r.date)), [minutes, events]);
  });
  return { by: CLIENT_DIMENSIONS, fixedColumns: CLIENT_DIMENSIONS.map((d) => FIXED[d]), units, distinctPeople: false };
}

/**
 * Clients seen in the year (a signed assessment or a group session attended), each counted once: in the month of their
 * first contact of the year, classified by their attributes on that date; "new" when that contact is their first ever,
 * "returning" otherwise. So the months add up to the quarters and the year (the year is the number of different people
 * seen), and the linked set stays a sum of events: a count of people per month with repeats would give every person
 * their own pattern of months, and the exact audit over thousands of such patterns does not finish in time.
 */
export function clientsFamily(db: Db, pop: Population, year: number): Family {
  const first = trendsFirstContacts(db, year);
  const firstThisYear = new Map<string, string>();
  for (const c of trendsContacts(db, year)) {
    const seen = firstThisYear.get(c.client_id);
    if (seen === undefined || c.date < seen) firstThisYear.set(c.client_id, c.date);
  }
  const units: Unit[] = [];
  for (const [clientId, date] of firstThisYear) {
    const outcome = (first.get(clientId) ?? date) >= date ? 'new' : 'returning';
    units.push(eventUnit(date, catsOf(pop.on(clientId, date), outcome)));
  }
  return { ...withOutcome(OUTCOMES.clientsSeen), units, distinctPeople: false };
}

/**
 * Clients with two or more valued results of the instrument, once per year: the change from their first result ever
 * to their latest result of the year, counted in the month of that latest result (an event, as for clients seen).
 * Outcome: the reliable change class, when the definition holds published parameters for the main scale.
 */
export function changeFamily(db: Db, pop: Population, def: Instrument, year: number): Family {
  const scale = mainScaleOf(def);
  const rci = reliableChangeOf(def);
  const byClient = new Map<string, { date: string; value: number }[]>();
  for (const r of trendsResultHistory(db, def.id, year)) {
    const value = (JSON.parse(r.totals) as ScaleTotal[]).find((t) => t.scaleId === scale?.id)?.value;
    if (value === null || value === undefined) continue;
    const list = byClient.get(r.client_id) ?? [];
    list.push({ date: r.date, value });
    byClient.set(r.client_id, list);
  }
  const units: Unit[] = [];
  const prefix = String(year);
  for (const [clientId, results] of byClient) {
    const baseline = results[0];
    const latest = results.at(-1);
    if (!baseline || !latest || results.length < 2 || !latest.date.startsWith(prefix)) continue;
    const change = latest.value - baseline.value;
    const outcome = rci ? reliableChangeClass(change, rci, higherIsBetter(def)) : undefined;
    units.push(eventUnit(latest.date, catsOf(pop.on(clientId, latest.date), outcome), [change]));
  }
  const family = rci
    ? withOutcome(OUTCOMES.questionnaireChange)
    : { by: CLIENT_DIMENSIONS, fixedColumns: CLIENT_DIMENSIONS.map((d) => FIXED[d]) };
  return { ...family, units, distinctPeople: false };
}

/** PHQ-9 item-9 alerts raised by an answer, and whether each was acknowledged. */
export function alertsFamily(db: Db, pop: Population, year: number): Family {
  const units = trendsAlerts(db, 'phq9', 'selfHarmThoughts', year).map((r) =>
    eventUnit(r.date, catsOf(pop.on(r.client_id, r.date), r.acknowledged ? 'acknowledged' : 'notAcknowledged')),
  );
  return { ...withOutcome(OUTCOMES.phq9Alerts), units, distinctPeople: false };
}

/** Group sessions held: by the group's unit and programme only (a session is no person). */
export function sessionsFamily(db: Db, year: number): Family {
  const units = trendsSessions(db, year).map((r) => eventUnit(r.date, [r.unit, r.programme_type]));
  return { by: GROUP_ONLY_DIMENSIONS, fixedColumns: GROUP_ONLY_DIMENSIONS.map((d) => FIXED[d]), units, distinctPeople: false };
}

/** The member's attributes on the date, with the group's unit and programme. */
const groupCats = (pop: Population, r: { client_id: string; date: string; unit: string | null; programme_type: string }) => ({
  ...pop.on(r.client_id, r.date),
  unit: r.unit,
  programmeType: r.programme_type,
});

const ATTENDANCE: Record<string, string> = {
  present: 'present',
  late: 'late',
  'absent-excused': 'absentExcused',
  'absent-unexcused': 'absentUnexcused',
};

/** Attendance lines recorded; statistic: the share present or late. */
export function attendanceFamily(db: Db, pop: Population, year: number): Family {
  const units = trendsSessionRecords(db, year)
    .filter((r) => r.attendance !== null)
    .map((r) => {
      const outcome = ATTENDANCE[r.attendance ?? ''] ?? null;
      const attended = r.attendance === 'present' || r.attendance === 'late' ? 1 : 0;
      return eventUnit(r.date, catsOf(groupCats(pop, r), outcome), [attended]);
    });
  return { ...withOutcome(OUTCOMES.groupAttendance), units, distinctPeople: false };
}

/** Attendance lines with mood before and after; statistic: after − before. */
export function moodFamily(db: Db, pop: Population, year: number): Family {
  const units = trendsSessionRecords(db, year)
    .filter((r) => r.mood_before !== null && r.mood_after !== null)
    .map((r) => eventUnit(r.date, catsOf(groupCats(pop, r)), [(r.mood_after ?? 0) - (r.mood_before ?? 0)]));
  return { by: CLIENT_DIMENSIONS, fixedColumns: CLIENT_DIMENSIONS.map((d) => FIXED[d]), units, distinctPeople: false };
}

const RETENTION: Record<string, string> = {
  completed: 'completed',
  'dropped-out': 'droppedOut',
  released: 'left',
  transferred: 'left',
  other: 'left',
};

/** Memberships that ended: completed, left (released, transferred, other) or dropped out. */
export function retentionFamily(db: Db, pop: Population, year: number): Family {
  const units = trendsLeavings(db, year).map((r) =>
    eventUnit(r.date, catsOf(groupCats(pop, r), RETENTION[r.leaving_reason] ?? 'left')),
  );
  return { ...withOutcome(OUTCOMES.groupRetention), units, distinctPeople: false };
}

const REFERRAL_OUTCOME: Record<string, string> = {
  employed: 'employed',
  'legal-help': 'legalHelp',
  'documents-restored': 'documentsRestored',
  'housing-found': 'housingFound',
  'treatment-started': 'treatmentStarted',
  other: 'otherOutcome',
};
const REFERRAL_STATE: Record<string, string> = { declined: 'declined', 'no-answer': 'noAnswer' };

const inYear = (date: string | null, year: number): date is string => date !== null && date.startsWith(`${year}-`);

/**
 * Referrals made (issue 17 §7; the referrals table of migration 0014, planned ones excluded), counted in the month they
 * were made and classified by the person on that date; outcome: where each stands now. So a row says "of the referrals
 * made in March, so many ended in employment". Reasons, notes and organisations are never read.
 */
export function referralsFamily(db: Db, pop: Population, year: number): Family {
  const units = referralTrendRows(db)
    .filter((r) => inYear(r.referred_on, year))
    .map((r) => {
      const outcome =
        r.status === 'outcome'
          ? (REFERRAL_OUTCOME[r.outcome_kind ?? ''] ?? 'otherOutcome')
          : (REFERRAL_STATE[r.status] ?? 'inProgress');
      return eventUnit(r.referred_on, catsOf(pop.on(r.client_id, r.referred_on), outcome));
    });
  return { ...withOutcome(OUTCOMES.referrals), units, distinctPeople: false };
}

/** The kind of legal help of an outcome's details ({help}), or null when the details do not say. */
function legalHelpKind(json: string | null): string | null {
  try {
    const help = (JSON.parse(json ?? '{}') as { help?: unknown }).help;
    return typeof help === 'string' && (OUTCOMES.legalHelp as readonly string[]).includes(help) ? help : null;
  } catch {
    return null;
  }
}

/** Legal help given: referrals whose outcome is legal help, counted in the month the outcome was recorded; by its kind. */
export function legalHelpFamily(db: Db, pop: Population, year: number): Family {
  const units = referralTrendRows(db)
    .filter((r) => r.status === 'outcome' && r.outcome_kind === 'legal-help' && inYear(r.outcome_on, year))
    .map((r) => {
      const on = r.outcome_on as string;
      return eventUnit(on, catsOf(pop.on(r.client_id, on), legalHelpKind(r.outcome_json)));
    });
  return { ...withOutcome(OUTCOMES.legalHelp), units, distinctPeople: false };
}

/** `date` plus `months` calendar months; a day the month lacks becomes its last day (31 August + 6 = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The start date of an employed outcome: its details' startDate, else the day the outcome was recorded. */
function employmentStart(json: string | null, outcomeOn: string | null): string | null {
  try {
    const start = (JSON.parse(json ?? '{}') as { startDate?: unknown }).startDate;
    if (typeof start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start)) return start;
  } catch {
    // The details are the referral service's; unreadable ones fall back to the outcome's date.
  }
  return outcomeOn;
}

/**
 * Employment after release (issue 17 §7): each person whose re-entry plan has a release date in the year, once, in the
 * month of release, classified on that date. Outcome: the earliest employment start on or after the release date
 * recorded by any of their referrals' outcomes — within 3 months (release date + 3 calendar months, inclusive), within
 * 3 to 6 months, or not within 6 months; "not yet known" while 6 months have not passed by `today` and none is
 * recorded. A release date in the future is not counted yet.
 */
export function employmentFamily(db: Db, pop: Population, year: number, today: string): Family {
  const employed = new Map<string, string[]>();
  for (const r of referralTrendRows(db)) {
    if (r.status !== 'outcome' || r.outcome_kind !== 'employed') continue;
    const start = employmentStart(r.outcome_json, r.outcome_on);
    if (start === null) continue;
    const list = employed.get(r.client_id) ?? [];
    list.push(start);
    employed.set(r.client_id, list);
  }
  const units: Unit[] = [];
  for (const { clientId, releaseDate } of releaseDates(db)) {
    if (!inYear(releaseDate, year) || releaseDate > today) continue;
    const first = (employed.get(clientId) ?? []).filter((d) => d >= releaseDate).sort()[0];
    let outcome: string;
    if (first !== undefined && first <= addMonths(releaseDate, 3)) outcome = 'within3Months';
    else if (first !== undefined && first <= addMonths(releaseDate, 6)) outcome = 'within3To6Months';
    else if (today <= addMonths(releaseDate, 6)) outcome = 'notYetKnown';
    else outcome = 'notWithin6Months';
    units.push(eventUnit(releaseDate, catsOf(pop.on(clientId, releaseDate), outcome)));
  }
  return { ...withOutcome(OUTCOMES.employmentAfterRelease), units, distinctPeople: false };
}
