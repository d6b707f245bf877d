import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-drawings';
import { migration0003 } from './0003-annotations-and-paper';
import type { Migration } from './types';

/** All migrations in order; the last one's version is the schema this app writes. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];
