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
import { migration0013 } from './0013-directory';
import { migration0014 } from './0014-referrals';
import { migration0015 } from './0015-reentry-and-profile';
import { migration0016 } from './0016-legal-statuses';
import { migration0017 } from './0017-facility-identity';
import { migration0018 } from './0018-supervisor-bundles';
import { migration0019 } from './0019-home-indexes';
import { migration0020 } from './0020-drawing-thumbnails';
import { migration0021 } from './0021-client-search-index';
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
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
];
