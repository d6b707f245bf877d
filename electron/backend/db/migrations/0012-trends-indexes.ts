import type { Migration } from './types';

/**
 * Issue 14 §4: indexes for the Trends area, so a view over a year of a large facility reads narrow index pages
 * instead of every assessment row (whose forms are the bulk of the file). Each covers the columns its query
 * reads (electron/backend/db/repos/trendsRepo.ts); each is partial, so it costs nothing for drafts and discarded
 * records. No data changes.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'trends-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX assessments_trends_instrument ON assessments (instrument_id, signed_at, client_id, totals, id)
        WHERE status = 'signed';
      CREATE INDEX assessments_trends_signed ON assessments (signed_at, client_id) WHERE status = 'signed';
      CREATE INDEX assessments_trends_referrals ON assessments (signed_at, client_id, referrals)
        WHERE status = 'signed' AND referrals <> '[]';
      CREATE INDEX assessments_trends_flags ON assessments (instrument_id, flag_ids) WHERE flag_ids <> '[]';
      CREATE INDEX group_members_trends_left ON group_members (left_on) WHERE left_on IS NOT NULL;
    `);
  },
};
