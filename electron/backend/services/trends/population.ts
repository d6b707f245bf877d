import type { Db } from '../../db/connection';
import {
  type TrendsClientRow,
  type TrendsLegalStatusRow,
  type TrendsMembershipRow,
  trendsClients,
  trendsLegalStatuses,
  trendsMemberships,
} from '../../db/repos/trendsRepo';
import { legalStatusGroup } from '../../../contract/legalStatuses';
import type { Category } from './linkedSet';

/**
 * Who a person was on a date, in the fixed dimensions of issue 14 §1. Unit, sex and language are the client record's
 * (the record keeps no history of them); legal status and programme type are read on the date from their histories;
 * the age band from the date of birth.
 */
export type Attributes = {
  unit: Category;
  programmeType: Category;
  legalStatus: Category;
  ageBand: Category;
  sex: Category;
  language: Category;
};

export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55+'] as const;
// The categories are the contract's own, so a new legal status or programme type reaches Trends by itself. Legal
// status is classified by its group (a sentence whatever the security level: contract/legalStatuses.ts says why).
export { SEXES } from '../../../contract/clientChannels';
export { LEGAL_STATUS_GROUPS } from '../../../contract/legalStatuses';
export { PROGRAMME_TYPES } from '../../../contract/groupChannels';
export const CLIENT_LANGUAGES = ['kk', 'ru', 'en'] as const;
/** Programme type of a person in no group on the date, or in groups of several types. */
export const PROGRAMME_NONE = 'none';
export const PROGRAMME_SEVERAL = 'several';

/** The age band on `date` of someone born on `birth`; null when unknown or under 18 (the bands start at 18). */
export function ageBandOn(birth: string | null, date: string): Category {
  if (!birth) return null;
  let age = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  if (date.slice(5) < birth.slice(5)) age -= 1;
  if (age < 18) return null;
  if (age <= 24) return '18-24';
  if (age <= 34) return '25-34';
  if (age <= 44) return '35-44';
  if (age <= 54) return '45-54';
  return '55+';
}

export type Population = {
  /** The person's attributes on `date` (YYYY-MM-DD); all null for an id not found. */
  on(clientId: string, date: string): Attributes;
};

function groupBy<T extends { client_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.client_id);
    if (list) list.push(r);
    else map.set(r.client_id, [r]);
  }
  return map;
}

/** Reads the classifying attributes of every client once, for one view. */
export function loadPopulation(db: Db): Population {
  const clients = new Map<string, TrendsClientRow>(trendsClients(db).map((c) => [c.id, c]));
  const statuses = groupBy<TrendsLegalStatusRow>(trendsLegalStatuses(db));
  const memberships = groupBy<TrendsMembershipRow>(trendsMemberships(db));
  return {
    on(clientId, date) {
      const c = clients.get(clientId);
      // The period in force on the date; when periods overlap, the one that started last.
      let legalStatus: Category = null;
      for (const s of statuses.get(clientId) ?? []) {
        // An old value still awaiting its one-time mapping (migration 0016) is "not recorded" until answered.
        if (s.start_date <= date && (s.end_date === null || s.end_date >= date)) legalStatus = legalStatusGroup(s.status);
      }
      const types = new Set<string>();
      for (const m of memberships.get(clientId) ?? []) {
        if (m.joined_on <= date && (m.left_on === null || m.left_on >= date)) types.add(m.programme_type);
      }
      const programmeType = types.size === 0 ? PROGRAMME_NONE : types.size === 1 ? ([...types][0] as string) : PROGRAMME_SEVERAL;
      return {
        unit: c?.unit ?? null,
        programmeType,
        legalStatus,
        ageBand: ageBandOn(c?.birth_date ?? null, date),
        sex: c?.sex ?? null,
        language: c?.language ?? null,
      };
    },
  };
}
