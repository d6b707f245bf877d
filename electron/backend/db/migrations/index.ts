import { migration0001 } from './0001-initial';
import type { Migration } from './types';

/** All migrations in order; the last one's version is the schema this app writes. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
