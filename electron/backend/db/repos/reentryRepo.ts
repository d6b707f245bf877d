import type { ReentryArea, ReentryStatus } from '../../../contract/reentryChannels';
import type { Db } from '../connection';

/** A reentry_plans row (migration 0015). */
export type ReentryPlanRow = {
  client_id: string;
  release_date: string | null;
  probation_end: string | null;
  updated_by: string;
  updated_at: string;
};

/** A reentry_items row: at most one per client and area. */
export type ReentryItemRow = {
  id: string;
  client_id: string;
  area: ReentryArea;
  owner: string;
  status: ReentryStatus;
  due_on: string | null;
  note: string;
  updated_by: string;
  updated_at: string;
};

/** The plan's key dates, or undefined when none were ever saved. */
export function findReentryPlan(db: Db, clientId: string): ReentryPlanRow | undefined {
  return db.prepare('SELECT * FROM reentry_plans WHERE client_id = ?').get(clientId) as ReentryPlanRow | undefined;
}

/** Inserts or replaces the key dates of a client's plan. */
export function upsertReentryPlan(db: Db, row: ReentryPlanRow): void {
  db.prepare(
    `INSERT INTO reentry_plans (client_id, release_date, probation_end, updated_by, updated_at)
     VALUES (@client_id, @release_date, @probation_end, @updated_by, @updated_at)
     ON CONFLICT (client_id) DO UPDATE SET release_date = excluded.release_date, probation_end = excluded.probation_end,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(row);
}

/** The checklist items that were saved, in no particular order (the service orders them by area). */
export function listReentryItems(db: Db, clientId: string): ReentryItemRow[] {
  return db.prepare('SELECT * FROM reentry_items WHERE client_id = ?').all(clientId) as ReentryItemRow[];
}

/** Inserts an area's item or replaces its fields (the id of the first save stays). */
export function upsertReentryItem(db: Db, row: ReentryItemRow): void {
  db.prepare(
    `INSERT INTO reentry_items (id, client_id, area, owner, status, due_on, note, updated_by, updated_at)
     VALUES (@id, @client_id, @area, @owner, @status, @due_on, @note, @updated_by, @updated_at)
     ON CONFLICT (client_id, area) DO UPDATE SET owner = excluded.owner, status = excluded.status, due_on = excluded.due_on,
       note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(row);
}

/** A client whose release is coming (home screen, issue 17 §6). */
export type UpcomingRelease = { clientId: string; code: string; releaseDate: string };

/**
 * Clients whose recorded release date falls within `days` days from `today` (both calendar dates, inclusive),
 * soonest first; the home screen lists them so a re-entry plan is made in time. Reads the partial index on
 * release_date. `days` 0 means today only.
 */
export function upcomingReleases(db: Db, today: string, days: number, limit = 50): UpcomingRelease[] {
  return db
    .prepare(
      `SELECT p.client_id AS clientId, c.code AS code, p.release_date AS releaseDate
       FROM reentry_plans p JOIN clients c ON c.id = p.client_id
       WHERE p.release_date IS NOT NULL AND p.release_date >= @today AND p.release_date <= date(@today, '+' || @days || ' days')
       ORDER BY p.release_date, c.code LIMIT @limit`,
    )
    .all({ today, days, limit }) as UpcomingRelease[];
}

/** Every recorded release date (for Trends' "employment within 3 and 6 months of release", issue 17 §7). */
export function releaseDates(db: Db): { clientId: string; releaseDate: string }[] {
  return db
    .prepare(
      `SELECT client_id AS clientId, release_date AS releaseDate FROM reentry_plans WHERE release_date IS NOT NULL
       ORDER BY client_id`,
    )
    .all() as { clientId: string; releaseDate: string }[];
}
