import { AppFailure } from '../../contract/errors';
import type { Db } from './connection';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Brings the schema up to date, each step in its own transaction recorded in
 * PRAGMA user_version (as Signal Desktop does). A database written by a newer app is refused
 * rather than guessed at.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new AppFailure('DB_FROM_FUTURE', `database schema ${current} is newer than this app's ${latest}`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return latest;
}
