import type { Db } from '../connection';

/** One schema step. Never edit a migration that has shipped; add the next number. */
export type Migration = { version: number; name: string; up(db: Db): void };
