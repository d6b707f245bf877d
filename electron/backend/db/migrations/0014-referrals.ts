import type { Migration } from './types';

/**
 * Referrals followed to their outcome (issue 17 §2).
 *
 * `referrals`: one referral of one client to an organisation of the directory (`organisation_id`) or
 * to a kind of service (`service_kind`, an organisation kind of contract/organisationKinds.ts; the
 * organisation's kind when one is named), with a reason, a date, a status, a follow-up date and, at
 * the end, an outcome (`outcome_kind`, its details as JSON in `outcome_json`, `outcome_on`).
 * `referral_events`: every status step with its date and note, in the order it was recorded; never
 * changed or deleted, so the history stays as it was told. A referral itself is never deleted.
 *
 * The referrals that signed assessments made before this version (a kind and a note in the
 * assessment's `referrals` JSON) become rows here: status 'made', dated the day of signing (the
 * computer's calendar, as the services' "today"), `source_assessment_id` naming the assessment, the
 * note as the reason, and one 'made' event. The old kinds map onto the organisation kinds
 * (legal-aid → legal-aid, employment-centre → labour-mobility-centre, probation-officer →
 * probation-service, medical → medical-other, other → other). The signed assessments are not
 * touched: their `referrals` JSON stays as signed, so their seals still hold. Drafts' referrals are
 * left in the drafts: signing creates their rows (services/referrals/fromAssessment.ts).
 */
export const migration0014: Migration = {
  version: 14,
  name: 'referrals',
  up(db) {
    db.exec(`
      CREATE TABLE referrals (
        id                   TEXT PRIMARY KEY,
        client_id            TEXT NOT NULL REFERENCES clients (id),
        organisation_id      TEXT REFERENCES organisations (id),
        service_kind         TEXT NOT NULL,
        reason               TEXT NOT NULL DEFAULT '',
        referred_on          TEXT NOT NULL,
        source_assessment_id TEXT REFERENCES assessments (id),
        status               TEXT NOT NULL CHECK (status IN ('planned', 'made', 'contacted', 'accepted', 'declined', 'no-answer', 'outcome')),
        follow_up_on         TEXT,
        outcome_kind         TEXT CHECK (outcome_kind IS NULL OR outcome_kind IN
                               ('employed', 'legal-help', 'documents-restored', 'housing-found', 'treatment-started', 'other')),
        outcome_json         TEXT,
        outcome_on           TEXT,
        created_by           TEXT NOT NULL REFERENCES accounts (id),
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL,
        CHECK ((status = 'outcome') = (outcome_kind IS NOT NULL AND outcome_json IS NOT NULL AND outcome_on IS NOT NULL))
      ) STRICT;
      CREATE INDEX referrals_client ON referrals (client_id, referred_on);
      CREATE INDEX referrals_due ON referrals (follow_up_on) WHERE follow_up_on IS NOT NULL AND status NOT IN ('outcome', 'declined');
      CREATE INDEX referrals_referred ON referrals (referred_on);
      CREATE TRIGGER referrals_no_delete BEFORE DELETE ON referrals
      BEGIN SELECT RAISE(ABORT, 'a referral is not deleted'); END;
      CREATE TRIGGER referrals_fixed BEFORE UPDATE OF id, client_id, created_by, created_at, source_assessment_id ON referrals
      BEGIN SELECT RAISE(ABORT, 'a referral keeps its client, author and source'); END;

      CREATE TABLE referral_events (
        id          TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES referrals (id),
        status      TEXT NOT NULL CHECK (status IN ('planned', 'made', 'contacted', 'accepted', 'declined', 'no-answer', 'outcome')),
        on_date     TEXT NOT NULL,
        note        TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL REFERENCES accounts (id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX referral_events_referral ON referral_events (referral_id, recorded_at);
      CREATE TRIGGER referral_events_no_update BEFORE UPDATE ON referral_events
      BEGIN SELECT RAISE(ABORT, 'a referral step is kept as recorded'); END;
      CREATE TRIGGER referral_events_no_delete BEFORE DELETE ON referral_events
      BEGIN SELECT RAISE(ABORT, 'a referral step is not deleted'); END;

      CREATE TEMP TABLE migrated_referrals AS
        SELECT lower(hex(randomblob(16))) AS id, a.client_id, a.id AS assessment_id,
               CASE json_extract(j.value, '$.kind')
                 WHEN 'legal-aid' THEN 'legal-aid'
                 WHEN 'employment-centre' THEN 'labour-mobility-centre'
                 WHEN 'probation-officer' THEN 'probation-service'
                 WHEN 'medical' THEN 'medical-other'
                 ELSE 'other' END AS service_kind,
               coalesce(json_extract(j.value, '$.note'), '') AS reason,
               date(a.signed_at, 'localtime') AS referred_on,
               a.signed_by, a.signed_at, j.key AS position
          FROM assessments a, json_each(a.referrals) j
         WHERE a.status = 'signed' AND a.referrals <> '[]';
      INSERT INTO referrals (id, client_id, organisation_id, service_kind, reason, referred_on, source_assessment_id,
                             status, created_by, created_at, updated_at)
        SELECT id, client_id, NULL, service_kind, reason, referred_on, assessment_id, 'made', signed_by, signed_at, signed_at
          FROM migrated_referrals ORDER BY signed_at, position;
      INSERT INTO referral_events (id, referral_id, status, on_date, note, recorded_by, recorded_at)
        SELECT lower(hex(randomblob(16))), id, 'made', referred_on, '', signed_by, signed_at FROM migrated_referrals;
      DROP TABLE migrated_referrals;

      CREATE TRIGGER referrals_activity_insert AFTER INSERT ON referrals
      BEGIN UPDATE clients SET activity_at = max(coalesce(activity_at, ''), NEW.updated_at) WHERE id = NEW.client_id; END;
      CREATE TRIGGER referrals_activity_update AFTER UPDATE OF updated_at ON referrals
      BEGIN UPDATE clients SET activity_at = max(coalesce(activity_at, ''), NEW.updated_at) WHERE id = NEW.client_id; END;
    `);
  },
};
