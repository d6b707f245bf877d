import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-drawings';
import { migration0003 } from './0003-annotations-and-paper';
import { migration0004 } from './0004-clients';
import { migration0005 } from './0005-assessments';
import { migration0006 } from './0006-groups';
import { migration0007 } from './0007-signed-sessions-and-seals';
import { migration0008 } from './0008-client-search-and-activity';
import { migration0009 } from './0009-indicators-not-assessed';
import { migration0010 } from './0010-consent-exceptions-and-drafts';
import { migration0011 } from './0011-drawing-client';
import { migration0012 } from './0012-trends-indexes';
import type { Migration } from './types';

/** All migrations in order; the last one's version is the schema this app writes. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
];
