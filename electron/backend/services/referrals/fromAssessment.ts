import type { Referral as AssessmentReferral } from '../../../contract/assessmentChannels';
import type { OrganisationKind } from '../../../contract/organisationKinds';
import { DEFAULT_FOLLOW_UP_DAYS, addDays } from '../../../contract/referralChannels';
import { insertReferral, insertReferralEvent } from '../../db/repos/referralsRepo';
import type { SignedInContext } from '../signedIn';
import { localDate } from './referralView';

/**
 * The assessment's referral kinds (issue 5) as organisation kinds. Migration 0014 maps the referrals
 * of assessments signed before it the same way (keep the two in step).
 */
export const ASSESSMENT_REFERRAL_KIND: Readonly<Record<AssessmentReferral['kind'], OrganisationKind>> = {
  'legal-aid': 'legal-aid',
  'employment-centre': 'labour-mobility-centre',
  'probation-officer': 'probation-service',
  medical: 'medical-other',
  other: 'other',
};

/**
 * Signing an assessment makes a referral row of each referral its conclusion names (status 'made',
 * dated the day of signing, the note as the reason, followed up two weeks later), so it is followed on the client's page like
 * any other. Runs inside the signing transaction; the assessment's own `referrals` stay as signed.
 */
export function referralsFromSignedAssessment(
  s: SignedInContext,
  assessment: { id: string; client_id: string },
  referrals: readonly AssessmentReferral[],
  signedAt: string,
): void {
  const on = localDate(Date.parse(signedAt));
  for (const r of referrals) {
    const id = s.newId();
    insertReferral(s.db, {
      id,
      client_id: assessment.client_id,
      organisation_id: null,
      service_kind: ASSESSMENT_REFERRAL_KIND[r.kind],
      reason: r.note,
      referred_on: on,
      source_assessment_id: assessment.id,
      status: 'made',
      follow_up_on: addDays(on, DEFAULT_FOLLOW_UP_DAYS),
      outcome_kind: null,
      outcome_json: null,
      outcome_on: null,
      created_by: s.account.id,
      created_at: signedAt,
      updated_at: signedAt,
    });
    insertReferralEvent(s.db, {
      id: s.newId(),
      referral_id: id,
      status: 'made',
      on_date: on,
      note: '',
      recorded_by: s.account.id,
      recorded_at: signedAt,
    });
    s.audit(
      'referral.created',
      { kind: 'client', id: assessment.client_id },
      { referralId: id, status: 'made', assessmentId: assessment.id },
    );
  }
}
