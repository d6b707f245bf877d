import type { Db } from '../connection';

/** The supervisor installation's tables (migration 0018): its key pair, trusted facilities, bundles and their cells. */

export type SupervisorIdentityRow = { public_key: Buffer; private_key: Buffer; created_at: string };

export function readSupervisorIdentity(db: Db): SupervisorIdentityRow | undefined {
  return db.prepare('SELECT public_key, private_key, created_at FROM supervisor_identity WHERE id = 1').get() as
    SupervisorIdentityRow | undefined;
}

export function insertSupervisorIdentity(db: Db, row: SupervisorIdentityRow): void {
  db.prepare('INSERT INTO supervisor_identity (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)').run(
    row.public_key,
    row.private_key,
    row.created_at,
  );
}

export type FacilityRow = {
  facility_id: string;
  name: string;
  region: string | null;
  public_key: Buffer;
  fingerprint: string;
  last_sequence: number;
  trusted_by: string;
  trusted_at: string;
  last_import_at: string | null;
};

export function readFacility(db: Db, facilityId: string): FacilityRow | undefined {
  return db.prepare('SELECT * FROM bundle_facilities WHERE facility_id = ?').get(facilityId) as FacilityRow | undefined;
}

export function listFacilities(db: Db): FacilityRow[] {
  return db.prepare('SELECT * FROM bundle_facilities ORDER BY name, facility_id').all() as FacilityRow[];
}

/** A facility trusted for the first time, or under a new key an admin accepted (its sequence starts again). */
export function upsertFacilityKey(db: Db, row: Omit<FacilityRow, 'last_import_at'>): void {
  db.prepare(
    `INSERT INTO bundle_facilities (facility_id, name, region, public_key, fingerprint, last_sequence, trusted_by, trusted_at)
     VALUES (@facility_id, @name, @region, @public_key, @fingerprint, @last_sequence, @trusted_by, @trusted_at)
     ON CONFLICT (facility_id) DO UPDATE SET name = excluded.name, region = excluded.region,
       public_key = excluded.public_key, fingerprint = excluded.fingerprint, last_sequence = excluded.last_sequence,
       trusted_by = excluded.trusted_by, trusted_at = excluded.trusted_at`,
  ).run(row);
}

/** After a bundle is stored: the facility's name and region as that bundle states them, and its sequence. */
export function recordFacilityImport(
  db: Db,
  facilityId: string,
  change: { name: string; region: string | null; sequence: number; at: string },
): void {
  db.prepare(
    'UPDATE bundle_facilities SET name = ?, region = ?, last_sequence = ?, last_import_at = ? WHERE facility_id = ?',
  ).run(change.name, change.region, change.sequence, change.at, facilityId);
}

export type BundleRow = {
  id: string;
  facility_id: string;
  quarter: string;
  year: number;
  sequence: number;
  payload_hash: string;
  created_at: string;
  app_version: string;
  schema_version: number;
  imported_by: string;
  imported_at: string;
};

export function bundleOf(db: Db, facilityId: string, quarter: string): BundleRow | undefined {
  return db.prepare('SELECT * FROM bundles WHERE facility_id = ? AND quarter = ?').get(facilityId, quarter) as
    BundleRow | undefined;
}

export function quartersOf(db: Db, facilityId: string): string[] {
  return (
    db.prepare('SELECT quarter FROM bundles WHERE facility_id = ? ORDER BY quarter').all(facilityId) as { quarter: string }[]
  ).map((r) => r.quarter);
}

/** Replaces the facility's bundle of that quarter (its cells go with it) by this one. */
export function replaceBundle(db: Db, row: BundleRow, cells: readonly { family: string; by: string; cells: string }[]): void {
  db.prepare('DELETE FROM bundles WHERE facility_id = ? AND quarter = ?').run(row.facility_id, row.quarter);
  db.prepare(
    `INSERT INTO bundles (id, facility_id, quarter, year, sequence, payload_hash, created_at, app_version, schema_version,
       imported_by, imported_at)
     VALUES (@id, @facility_id, @quarter, @year, @sequence, @payload_hash, @created_at, @app_version, @schema_version,
       @imported_by, @imported_at)`,
  ).run(row);
  const insert = db.prepare('INSERT INTO bundle_cells (bundle_id, family, by_list, cells) VALUES (?, ?, ?, ?)');
  for (const c of cells) insert.run(row.id, c.family, c.by, c.cells);
}

export type StoredCellsRow = {
  facility_id: string;
  name: string;
  region: string | null;
  quarter: string;
  by_list: string;
  cells: string;
};

/** Every facility's stored cells of one family in one year, with the facility's name and region. */
export function cellsOfYear(db: Db, family: string, year: number): StoredCellsRow[] {
  return db
    .prepare(
      `SELECT b.facility_id, f.name, f.region, b.quarter, c.by_list, c.cells
         FROM bundles b JOIN bundle_cells c ON c.bundle_id = b.id JOIN bundle_facilities f ON f.facility_id = b.facility_id
        WHERE b.year = ? AND c.family = ?
        ORDER BY b.facility_id, b.quarter`,
    )
    .all(year, family) as StoredCellsRow[];
}

export function bundleYears(db: Db): number[] {
  return (db.prepare('SELECT DISTINCT year FROM bundles ORDER BY year DESC').all() as { year: number }[]).map((r) => r.year);
}

export function facilityCount(db: Db, year?: number): number {
  const row = (
    year === undefined
      ? db.prepare('SELECT count(*) AS n FROM bundle_facilities').get()
      : db.prepare('SELECT count(DISTINCT facility_id) AS n FROM bundles WHERE year = ?').get(year)
  ) as { n: number };
  return row.n;
}

/** The families stored for a year, with a `by` list each (the newest bundle's). */
export function familiesOfYear(db: Db, year: number): { family: string; by_list: string }[] {
  return db
    .prepare(
      `SELECT c.family, max(c.by_list) AS by_list FROM bundle_cells c JOIN bundles b ON b.id = c.bundle_id
        WHERE b.year = ? GROUP BY c.family`,
    )
    .all(year) as { family: string; by_list: string }[];
}
