import type { Db } from '../../db/connection';

/**
 * What changes whenever anything is written to the database: SQLite's count of changes on this connection and the
 * file's data_version (changes by any other connection). Caches of figures (Trends, combined Trends) are valid while
 * it is the same.
 */
export function writeStamp(db: Db): string {
  const changes = (db.prepare('SELECT total_changes() AS c').get() as { c: number }).c;
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
}
