import type { Db } from '../connection';

/**
 * The home screen's reads (issue 17 §6): per kind of due item, how many there are and the first `limit`,
 * oldest first (what waits longest comes first). Ids, codes, dates and names only: never a form, a note
 * or a text. Each query is served by an index (migration 0019 and earlier), so a facility of 10,000
 * clients answers in a few milliseconds (tests/bench/home.bench.ts).
 */

export type Counted<T> = { total: number; rows: T[] };

/** One query: the first `limit` rows in `order`, each carrying the count of all (a window over the whole result). */
function counted<T>(
  db: Db,
  from: string,
  columns: string,
  order: string,
  params: unknown[],
  limit: number,
  withClause = '',
): Counted<T> {
  const rows = db
    .prepare(`${withClause} SELECT ${columns}, count(*) OVER () AS total__ ${from} ORDER BY ${order} LIMIT ?`)
    .all(...params, limit) as (T & { total__: number })[];
  return { total: rows[0]?.total__ ?? 0, rows: rows.map(({ total__: _, ...row }) => row as T) };
}

export type HomeDrawingRow = {
  id: string;
  client_id: string | null;
  code: string | null;
  assessment_id: string | null;
  instrument_id: string | null;
  updated_at: string;
};

/**
 * Unfinished drawings this person started for a client (free or of an assessment still open): not a
 * group member's drawing (the facilitator's), not a practice drawing, not one of a discarded assessment.
 */
export function unfinishedDrawings(db: Db, accountId: string, limit: number): Counted<HomeDrawingRow> {
  return counted(
    db,
    `FROM drawings d
       LEFT JOIN assessments a ON a.id = d.assessment_id
       LEFT JOIN clients c ON c.id = coalesce(d.client_id, a.client_id)
      WHERE d.status = 'in-progress' AND d.created_by = ? AND d.group_session_id IS NULL AND d.practice = 0
        AND (a.id IS NULL OR a.status = 'draft')`,
    'd.id, c.id AS client_id, c.code, d.assessment_id, d.instrument_id, d.updated_at',
    'd.updated_at, d.id',
    [accountId],
    limit,
  );
}

export type HomeAssessmentRow = { id: string; client_id: string; code: string; instrument_id: string; updated_at: string };

/** This person's assessment drafts (not signed, not discarded). */
export function assessmentDrafts(db: Db, accountId: string, limit: number): Counted<HomeAssessmentRow> {
  return counted(
    db,
    `FROM assessments a JOIN clients c ON c.id = a.client_id WHERE a.status = 'draft' AND a.created_by = ?`,
    'a.id, a.client_id, c.code, a.instrument_id, a.updated_at',
    'a.updated_at, a.id',
    [accountId],
    limit,
  );
}

/**
 * Drafts of `instrumentId` in which an answer raised `flagId` and nobody has written its acknowledgement yet,
 * whoever started them: a safety alert is every psychologist's to see. Signing needs the acknowledgement,
 * so a signed assessment never waits here; a discarded one is gone.
 */
export function unacknowledgedAlerts(db: Db, instrumentId: string, flagId: string, limit: number): Counted<HomeAssessmentRow> {
  return counted(
    db,
    `FROM assessments a JOIN clients c ON c.id = a.client_id
      WHERE a.instrument_id = ? AND a.flag_ids <> '[]' AND a.status = 'draft'
        AND EXISTS (SELECT 1 FROM json_each(a.flag_ids) WHERE value = ?)
        AND coalesce(length(trim(json_extract(a.form, '$.acknowledgements.' || ?))), 0) = 0`,
    'a.id, a.client_id, c.code, a.instrument_id, a.updated_at',
    'a.updated_at, a.id',
    [instrumentId, flagId, flagId],
    limit,
  );
}

export type HomeConsentRow = { client_id: string; code: string; given_on: string };

/**
 * Clients with something recorded since `activeSince` whose newest consent in force was given on or before
 * `givenBy`: a consent to renew with the client. A newer consent, or none in force, takes the client off. Reads
 * the recently active clients from clients_home_activity and each one's newest consent in force from
 * client_consents_in_force (migration 0019): one covering index seek per client, never a table row.
 */
export function consentsToRenew(db: Db, givenBy: string, activeSince: string, limit: number): Counted<HomeConsentRow> {
  // Materialized, so each client's newest consent is looked up once (inlined, SQLite would run the lookup for the
  // WHERE and again for the select list).
  return counted(
    db,
    `FROM newest x WHERE x.given_on <= ?`,
    'x.client_id, x.code, x.given_on',
    'x.given_on, x.code',
    [activeSince, givenBy],
    limit,
    `WITH newest AS MATERIALIZED (
       SELECT c.id AS client_id, c.code,
              (SELECT max(k.given_on) FROM client_consents k WHERE k.client_id = c.id AND k.withdrawn_on IS NULL) AS given_on
         FROM clients c WHERE c.activity_at >= ?)`,
  );
}

export type HomeSessionRow = { id: string; group_id: string; group_name: string; date: string; time: string | null };

/** Sessions from `from` to `to` (inclusive) of the groups this person facilitates, in calendar order. */
export function facilitatedSessions(db: Db, accountId: string, from: string, to: string, limit: number): Counted<HomeSessionRow> {
  return counted(
    db,
    `FROM group_facilitators f JOIN groups g ON g.id = f.group_id
      JOIN group_sessions s ON s.group_id = g.id
     WHERE f.account_id = ? AND s.date >= ? AND s.date <= ?`,
    's.id, g.id AS group_id, g.name AS group_name, s.date, s.time',
    "s.date, coalesce(s.time, ''), g.name, s.id",
    [accountId, from, to],
    limit,
  );
}

/**
 * Sessions held, of the groups this person facilitates, whose note is not signed (none yet, or a draft): every
 * session before `today`, and today's once something was recorded (attendance or a note), not while it is ahead.
 */
export function unsignedSessionNotes(db: Db, accountId: string, today: string, limit: number): Counted<HomeSessionRow> {
  return counted(
    db,
    `FROM group_facilitators f JOIN groups g ON g.id = f.group_id
      JOIN group_sessions s ON s.group_id = g.id
      LEFT JOIN group_session_notes n ON n.session_id = s.id
     WHERE f.account_id = ? AND (n.status IS NULL OR n.status <> 'signed')
       AND (s.date < ? OR (s.date = ? AND (n.session_id IS NOT NULL
            OR EXISTS (SELECT 1 FROM group_session_records r WHERE r.session_id = s.id AND r.attendance IS NOT NULL))))`,
    's.id, g.id AS group_id, g.name AS group_name, s.date, s.time',
    "s.date, coalesce(s.time, ''), g.name, s.id",
    [accountId, today, today],
    limit,
  );
}

export type HomeMemberRow = { id: string; group_id: string; group_name: string; alias: string; last_missed_on: string };

/**
 * Members still in a group this person facilitates (and the group not finished) whose last `absences` sessions
 * with attendance marked for them, up to `today`, were all absences (excused or not): the group dashboard's rule.
 * Per member, the group's sessions are walked back from today (group_sessions_group) and stop at the `absences`-th
 * mark, so the cost does not grow with a group's history.
 */
export function membersAtRisk(db: Db, accountId: string, today: string, absences: number, limit: number): Counted<HomeMemberRow> {
  const lastMarks = `SELECT r.attendance, s.date FROM group_sessions s
      JOIN group_session_records r ON r.session_id = s.id AND r.member_id = m.id
     WHERE s.group_id = m.group_id AND s.date <= ? AND r.attendance IS NOT NULL
     ORDER BY s.date DESC, s.time DESC LIMIT ?`;
  return counted(
    db,
    `FROM group_facilitators f JOIN groups g ON g.id = f.group_id AND g.status <> 'finished'
      JOIN group_members m ON m.group_id = g.id AND m.left_on IS NULL
     WHERE f.account_id = ?
       AND (SELECT count(*) FROM (${lastMarks}) x WHERE x.attendance IN ('absent-excused', 'absent-unexcused')) = ?`,
    `m.id, g.id AS group_id, g.name AS group_name, m.alias, (SELECT max(x.date) FROM (${lastMarks}) x) AS last_missed_on`,
    'last_missed_on, g.name, m.alias',
    // In the order of the text: the select list's walk, then the WHERE's.
    [today, absences, accountId, today, absences, absences],
    limit,
  );
}

export type HomeAccountRow = { id: string; full_name: string; username: string };

/** Active accounts whose password is still the temporary one an admin gave. */
export function accountsWithTemporaryPassword(db: Db, limit: number): Counted<HomeAccountRow> {
  return counted(
    db,
    'FROM accounts WHERE active = 1 AND must_change_password = 1',
    'id, full_name, username',
    'created_at, id',
    [],
    limit,
  );
}

/** The newest "Verify integrity" row of the audit log: when, and what it found (its details), or null. */
export function lastAuditCheck(db: Db): { at: string; details: string } | null {
  return (
    (db.prepare(`SELECT at, details FROM audit_log WHERE action = 'audit.verified' ORDER BY id DESC LIMIT 1`).get() as
      { at: string; details: string } | undefined) ?? null
  );
}

/** How many clients reentryRepo.upcomingReleases would list without its limit (the same condition). */
export function countUpcomingReleases(db: Db, today: string, days: number): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM reentry_plans
          WHERE release_date IS NOT NULL AND release_date >= @today AND release_date <= date(@today, '+' || @days || ' days')`,
      )
      .get({ today, days }) as { n: number }
  ).n;
}
