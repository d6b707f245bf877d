import type { Db } from '../connection';

/**
 * Reads for the Trends area (issue 14). Every query returns only what aggregation needs: internal ids (to join and
 * to count each person once, never returned by a channel), dates, fixed categories and numbers. No name, code,
 * note or other free text is selected; the one text read from a form is reduced to a boolean in SQL.
 *
 * Dates: the date part (YYYY-MM-DD) of the stored timestamp, or the stored date itself (group sessions, leaving).
 */

/** The attributes a person is classified by. */
export type TrendsClientRow = {
  id: string;
  unit: string | null;
  sex: string | null;
  language: string | null;
  birth_date: string | null;
};
export type TrendsLegalStatusRow = { client_id: string; status: string; start_date: string; end_date: string | null };
export type TrendsMembershipRow = { client_id: string; joined_on: string; left_on: string | null; programme_type: string };

/** Every client's classifying attributes. */
export function trendsClients(db: Db): TrendsClientRow[] {
  return db.prepare('SELECT id, unit, sex, language, birth_date FROM clients').all() as TrendsClientRow[];
}

/** Every legal status period. */
export function trendsLegalStatuses(db: Db): TrendsLegalStatusRow[] {
  return db
    .prepare('SELECT client_id, status, start_date, end_date FROM client_legal_statuses ORDER BY client_id, start_date')
    .all() as TrendsLegalStatusRow[];
}

/** Every group membership with its group's programme type. */
export function trendsMemberships(db: Db): TrendsMembershipRow[] {
  return db
    .prepare(
      `SELECT m.client_id, m.joined_on, m.left_on, g.programme_type
         FROM group_members m JOIN groups g ON g.id = m.group_id`,
    )
    .all() as TrendsMembershipRow[];
}

const yearRange = (year: number): [string, string] => [`${year}-01-01`, `${year + 1}-01-01`];

export type TrendsSignedRow = { id: string; client_id: string; date: string; totals: string };

/** Signed assessments of one instrument signed in `year`, with the list copy of their totals and bands. */
export function trendsSignedOfInstrument(db: Db, instrumentId: string, year: number): TrendsSignedRow[] {
  const [from, to] = yearRange(year);
  return db
    .prepare(
      `SELECT id, client_id, substr(signed_at, 1, 10) AS date, totals FROM assessments
        WHERE status = 'signed' AND instrument_id = ? AND signed_at >= ? AND signed_at < ?`,
    )
    .all(instrumentId, from, to) as TrendsSignedRow[];
}

/**
 * Signed assessments of one instrument up to the end of `year`, of the clients with at least one in `year`: the
 * history a change from the first result is computed over.
 */
export function trendsResultHistory(db: Db, instrumentId: string, year: number): TrendsSignedRow[] {
  const [from, to] = yearRange(year);
  return db
    .prepare(
      `SELECT id, client_id, substr(signed_at, 1, 10) AS date, totals FROM assessments
        WHERE status = 'signed' AND instrument_id = ? AND signed_at < ?
          AND client_id IN (SELECT client_id FROM assessments
                             WHERE status = 'signed' AND instrument_id = ? AND signed_at >= ? AND signed_at < ?)
        ORDER BY client_id, signed_at, id`,
    )
    .all(instrumentId, to, instrumentId, from, to) as TrendsSignedRow[];
}

export type TrendsDrawingRow = {
  assessment_id: string;
  page_id: string | null;
  assessment_seq: number | null;
  medium: string;
  status: string;
  finished_t: number | null;
  event_count: number;
};

/** The drawings linked to the signed assessments of one instrument signed in `year` (process numbers only). */
export function trendsDrawingsOfInstrument(db: Db, instrumentId: string, year: number): TrendsDrawingRow[] {
  const [from, to] = yearRange(year);
  return db
    .prepare(
      `SELECT d.assessment_id, d.page_id, d.assessment_seq, d.medium, d.status, d.finished_t, d.event_count
         FROM assessments a JOIN drawings d ON d.assessment_id = a.id
        WHERE a.status = 'signed' AND a.instrument_id = ? AND a.signed_at >= ? AND a.signed_at < ?`,
    )
    .all(instrumentId, from, to) as TrendsDrawingRow[];
}

export type TrendsContactRow = { client_id: string; date: string };

/** Contacts in `year`: signed assessments, and group sessions attended (present or late). */
export function trendsContacts(db: Db, year: number): TrendsContactRow[] {
  const [from, to] = yearRange(year);
  return db
    .prepare(
      `SELECT client_id, substr(signed_at, 1, 10) AS date FROM assessments
        WHERE status = 'signed' AND signed_at >= ? AND signed_at < ?
       UNION ALL
       SELECT m.client_id, s.date FROM group_session_records r
         JOIN group_sessions s ON s.id = r.session_id JOIN group_members m ON m.id = r.member_id
        WHERE r.attendance IN ('present', 'late') AND s.date >= ? AND s.date < ?`,
    )
    .all(from, to, from, to) as TrendsContactRow[];
}

/** Each client's first contact ever before the end of `year` (for "new" versus "returning"). */
export function trendsFirstContacts(db: Db, year: number): Map<string, string> {
  const [, to] = yearRange(year);
  const rows = db
    .prepare(
      `SELECT client_id, min(date) AS first FROM (
         SELECT client_id, substr(signed_at, 1, 10) AS date FROM assessments WHERE status = 'signed' AND signed_at < ?
         UNION ALL
         SELECT m.client_id, s.date FROM group_session_records r
           JOIN group_sessions s ON s.id = r.session_id JOIN group_members m ON m.id = r.member_id
          WHERE r.attendance IN ('present', 'late') AND s.date < ?)
       GROUP BY client_id`,
    )
    .all(to, to) as { client_id: string; first: string }[];
  return new Map(rows.map((r) => [r.client_id, r.first]));
}

export type TrendsAlertRow = { client_id: string; date: string; acknowledged: number };

/** Non-discarded assessments of `instrumentId` in which the flag `flagId` was raised by an answer, dated when signed (or last saved). */
export function trendsAlerts(db: Db, instrumentId: string, flagId: string, year: number): TrendsAlertRow[] {
  const [from, to] = yearRange(year);
  return db
    .prepare(
      `SELECT client_id, date, acknowledged FROM (
         SELECT client_id, substr(coalesce(signed_at, updated_at), 1, 10) AS date,
                coalesce(length(trim(json_extract(form, '$.acknowledgements.' || ?))), 0) > 0 AS acknowledged
           FROM assessments
          WHERE instrument_id = ? AND flag_ids <> '[]' AND status <> 'discarded'
            AND EXISTS (SELECT 1 FROM json_each(flag_ids) WHERE value = ?))
        WHERE date >= ? AND date < ?`,
    )
    .all(flagId, instrumentId, flagId, from, to) as TrendsAlertRow[];
}

export type TrendsGroupRow = { unit: string | null; programme_type: string; date: string };

/** Group sessions in `year` with at least one attendance mark, with their group's unit and programme. */
export function trendsSessions(db: Db, year: number): TrendsGroupRow[] {
  const [from, to] = yearRange(year);
  return db
    .prepare(
      `SELECT g.unit, g.programme_type, s.date FROM group_sessions s JOIN groups g ON g.id = s.group_id
        WHERE s.date >= ? AND s.date < ?
          AND EXISTS (SELECT 1 FROM group_session_records r WHERE r.session_id = s.id AND r.attendance IS NOT NULL)`,
    )
    .all(from, to) as TrendsGroupRow[];
}

export type TrendsRecordRow = TrendsGroupRow & {
  client_id: string;
  attendance: string | null;
  mood_before: number | null;
  mood_after: number | null;
};

/** Attendance lines of sessions in `year` (attendance and mood only; never the line's note). */
export function trendsSessionRecords(db: Db, year: number): TrendsRecordRow[] {
  const [from, to] = yearRange(year);
  return db
    .prepare(
      `SELECT g.unit, g.programme_type, s.date, m.client_id, r.attendance, r.mood_before, r.mood_after
         FROM group_session_records r
         JOIN group_sessions s ON s.id = r.session_id JOIN groups g ON g.id = s.group_id
         JOIN group_members m ON m.id = r.member_id
        WHERE s.date >= ? AND s.date < ?`,
    )
    .all(from, to) as TrendsRecordRow[];
}

export type TrendsLeavingRow = TrendsGroupRow & { client_id: string; leaving_reason: string };

/** Memberships that ended in `year` (the reason's category only; never the leaving note). */
export function trendsLeavings(db: Db, year: number): TrendsLeavingRow[] {
  const [from, to] = yearRange(year);
  return db
    .prepare(
      `SELECT g.unit, g.programme_type, m.left_on AS date, m.client_id, m.leaving_reason
         FROM group_members m JOIN groups g ON g.id = m.group_id
        WHERE m.left_on >= ? AND m.left_on < ?`,
    )
    .all(from, to) as TrendsLeavingRow[];
}

// Referrals (issue 17 §7) are read from the referrals table by referralsRepo.referralTrendRows, release dates by
// reentryRepo.releaseDates: their owners keep the queries next to their tables.

/** Years with any dated record (assessments signed, group sessions, leavings, referrals, releases). */
export function trendsYears(db: Db): number[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT y FROM (
         SELECT CAST(substr(signed_at, 1, 4) AS INTEGER) AS y FROM assessments WHERE signed_at IS NOT NULL
         UNION SELECT CAST(substr(date, 1, 4) AS INTEGER) FROM group_sessions
         UNION SELECT CAST(substr(left_on, 1, 4) AS INTEGER) FROM group_members WHERE left_on IS NOT NULL
         UNION SELECT CAST(substr(referred_on, 1, 4) AS INTEGER) FROM referrals
         UNION SELECT CAST(substr(release_date, 1, 4) AS INTEGER) FROM reentry_plans WHERE release_date IS NOT NULL)
       WHERE y BETWEEN 2000 AND 2100`,
    )
    .all() as { y: number }[];
  return rows.map((r) => r.y);
}

/** The unit names recorded on clients and groups. */
export function trendsUnits(db: Db): string[] {
  const rows = db
    .prepare('SELECT unit FROM clients WHERE unit IS NOT NULL UNION SELECT unit FROM groups WHERE unit IS NOT NULL ORDER BY 1')
    .all() as { unit: string }[];
  return rows.map((r) => r.unit);
}
