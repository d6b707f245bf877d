import type { OrganisationKind } from '../../../contract/organisationKinds';
import type { Outcome, Referral, ReferralStatus } from '../../../contract/referralChannels';
import { type ReferralEventRow, type ReferralViewRow, listReferralEvents } from '../../db/repos/referralsRepo';
import type { Db } from '../../db/connection';

/** Rows to the contract's shape: a referral, the organisation it names and its steps. */

/** The outcome as stored (kind + details JSON) back to one value. */
export function outcomeOf(row: Pick<ReferralViewRow, 'outcome_kind' | 'outcome_json'>): Outcome | null {
  if (row.outcome_kind === null || row.outcome_json === null) return null;
  return { ...(JSON.parse(row.outcome_json) as object), kind: row.outcome_kind } as Outcome;
}

/** The details an outcome stores beside its kind (outcome_json). */
export function outcomeDetails(outcome: Outcome): string {
  const details: Record<string, unknown> = { ...outcome };
  delete details.kind;
  return JSON.stringify(details);
}

function toReferral(row: ReferralViewRow, events: ReferralEventRow[]): Referral {
  return {
    id: row.id,
    clientId: row.client_id,
    organisation:
      row.organisation_id !== null
        ? {
            id: row.organisation_id,
            name: row.organisation_name ?? '',
            city: row.organisation_city || null,
            phone: row.organisation_phone || null,
            archived: row.organisation_archived === 1,
          }
        : null,
    serviceKind: row.service_kind as OrganisationKind,
    reason: row.reason,
    referredOn: row.referred_on,
    status: row.status as ReferralStatus,
    followUpOn: row.follow_up_on,
    outcome: outcomeOf(row),
    outcomeOn: row.outcome_on,
    sourceAssessmentId: row.source_assessment_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    events: events.map((e) => ({
      id: e.id,
      status: e.status as ReferralStatus,
      on: e.on_date,
      note: e.note,
      by: e.recorded_by,
      byName: e.by_name,
      at: e.recorded_at,
    })),
  };
}

/** Referrals with their steps, read in one query for the steps. */
export function toReferrals(db: Db, rows: readonly ReferralViewRow[]): Referral[] {
  const events = listReferralEvents(
    db,
    rows.map((r) => r.id),
  );
  const byReferral = new Map<string, ReferralEventRow[]>();
  for (const e of events) byReferral.set(e.referral_id, [...(byReferral.get(e.referral_id) ?? []), e]);
  return rows.map((r) => toReferral(r, byReferral.get(r.id) ?? []));
}

/** The computer's calendar date at `ms` (what the psychologist's wall calendar says), YYYY-MM-DD. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
