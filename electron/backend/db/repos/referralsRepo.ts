import type { Db } from '../connection';

/**
 * Referrals and their steps (migration 0014): SQL only, rows in and out. The rules (which step may
 * follow which, dates) are the service's (services/referrals/) and the contract's.
 */

export type ReferralStatusText = 'planned' | 'made' | 'contacted' | 'accepted' | 'declined' | 'no-answer' | 'outcome';

export type ReferralRow = {
  id: string;
  client_id: string;
  organisation_id: string | null;
  service_kind: string;
  reason: string;
  referred_on: string;
  source_assessment_id: string | null;
  status: ReferralStatusText;
  follow_up_on: string | null;
  outcome_kind: string | null;
  outcome_json: string | null;
  outcome_on: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
};

/** A referral with the organisation it names, as the screens show it. */
export type ReferralViewRow = ReferralRow & {
  organisation_name: string | null;
  organisation_city: string | null;
  organisation_phone: string | null;
  organisation_archived: number | null;
};

export type ReferralEventRow = {
  id: string;
  referral_id: string;
  status: ReferralStatusText;
  on_date: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
  /** The recorder's full name (accounts.full_name). */
  by_name: string;
};

const VIEW = `SELECT r.*, o.name AS organisation_name, o.city AS organisation_city, o.phone AS organisation_phone,
                     o.archived AS organisation_archived
                FROM referrals r LEFT JOIN organisations o ON o.id = r.organisation_id`;

export function insertReferral(db: Db, row: ReferralRow): void {
  db.prepare(
    `INSERT INTO referrals (id, client_id, organisation_id, service_kind, reason, referred_on, source_assessment_id, status,
                            follow_up_on, outcome_kind, outcome_json, outcome_on, created_by, created_at, updated_at)
     VALUES (@id, @client_id, @organisation_id, @service_kind, @reason, @referred_on, @source_assessment_id, @status,
             @follow_up_on, @outcome_kind, @outcome_json, @outcome_on, @created_by, @created_at, @updated_at)`,
  ).run(row);
}

type Changeable = Pick<ReferralRow, 'status' | 'referred_on' | 'follow_up_on' | 'outcome_kind' | 'outcome_json' | 'outcome_on'>;

/** Changes the status, dates or outcome of a referral and stamps `updated_at`. */
export function updateReferral(db: Db, id: string, change: Partial<Changeable> & { updated_at: string }): void {
  const columns = Object.keys(change) as (keyof typeof change)[];
  db.prepare(`UPDATE referrals SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...change, id });
}

export function insertReferralEvent(db: Db, row: Omit<ReferralEventRow, 'by_name'>): void {
  db.prepare(
    `INSERT INTO referral_events (id, referral_id, status, on_date, note, recorded_by, recorded_at)
     VALUES (@id, @referral_id, @status, @on_date, @note, @recorded_by, @recorded_at)`,
  ).run(row);
}

export function findReferral(db: Db, id: string): ReferralViewRow | undefined {
  return db.prepare(`${VIEW} WHERE r.id = ?`).get(id) as ReferralViewRow | undefined;
}

/** A client's referrals, newest first (by date, then by when they were written). */
export function listClientReferrals(db: Db, clientId: string): ReferralViewRow[] {
  return db
    .prepare(`${VIEW} WHERE r.client_id = ? ORDER BY r.referred_on DESC, r.created_at DESC, r.id`)
    .all(clientId) as ReferralViewRow[];
}

/** The steps of the given referrals, oldest first within each. */
export function listReferralEvents(db: Db, referralIds: readonly string[]): ReferralEventRow[] {
  if (referralIds.length === 0) return [];
  return db
    .prepare(
      `SELECT e.*, coalesce(a.full_name, '') AS by_name
         FROM referral_events e LEFT JOIN accounts a ON a.id = e.recorded_by
        WHERE e.referral_id IN (SELECT value FROM json_each(?))
        ORDER BY e.referral_id, e.recorded_at, e.rowid`,
    )
    .all(JSON.stringify(referralIds)) as ReferralEventRow[];
}

/** A referral whose follow-up date has come, as the home screen lists it: no reason, no notes. */
export type DueReferralRow = {
  id: string;
  client_id: string;
  client_code: string;
  service_kind: string;
  organisation_name: string | null;
  status: ReferralStatusText;
  referred_on: string;
  follow_up_on: string;
};

/**
 * Open referrals (not closed by an outcome or a decline) whose follow-up date is `today` or earlier,
 * the longest overdue first; at most `limit`. `today` is a calendar date (YYYY-MM-DD). For the home
 * screen (issue 17 §6); reads the partial index referrals_due.
 */
export function dueReferrals(db: Db, today: string, limit: number): DueReferralRow[] {
  return db
    .prepare(
      `SELECT r.id, r.client_id, c.code AS client_code, r.service_kind, o.name AS organisation_name, r.status,
              r.referred_on, r.follow_up_on
         FROM referrals r JOIN clients c ON c.id = r.client_id LEFT JOIN organisations o ON o.id = r.organisation_id
        WHERE r.follow_up_on IS NOT NULL AND r.status NOT IN ('outcome', 'declined') AND r.follow_up_on <= ?
        ORDER BY r.follow_up_on, r.referred_on, r.id
        LIMIT ?`,
    )
    .all(today, limit) as DueReferralRow[];
}

/** How many referrals dueReferrals would list without its limit. */
export function countDueReferrals(db: Db, today: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM referrals
          WHERE follow_up_on IS NOT NULL AND status NOT IN ('outcome', 'declined') AND follow_up_on <= ?`,
      )
      .get(today) as { n: number }
  ).n;
}

/**
 * One referral as the programme's counts read it (issue 17 §7): no reason, no notes. `outcome_json`
 * holds the outcome's details: employed {startDate, workKind}; legal-help {help: 'consultation' |
 * 'application' | 'claim'}; the rest {} — "other" too: its note is clinical text and never leaves here.
 */
export type ReferralTrendRow = {
  client_id: string;
  referred_on: string;
  service_kind: string;
  status: ReferralStatusText;
  outcome_kind: string | null;
  outcome_json: string | null;
  outcome_on: string | null;
};

/** Every referral that was made (planned ones are not yet referrals), for Trends; ordered by date. */
export function referralTrendRows(db: Db): ReferralTrendRow[] {
  return db
    .prepare(
      `SELECT client_id, referred_on, service_kind, status, outcome_kind,
              CASE WHEN outcome_kind = 'other' THEN '{}' ELSE outcome_json END AS outcome_json, outcome_on
         FROM referrals WHERE status <> 'planned' ORDER BY referred_on, id`,
    )
    .all() as ReferralTrendRow[];
}

/** The id and kind of an organisation of the directory (A's table), when it exists. */
export function findOrganisationKind(db: Db, id: string): { id: string; kind: string; archived: number } | undefined {
  return db.prepare('SELECT id, kind, archived FROM organisations WHERE id = ?').get(id) as
    { id: string; kind: string; archived: number } | undefined;
}
