import { z } from 'zod';

/**
 * The kinds of organisation in the directory (issue 17 §1), shared by the directory, referrals
 * (a referral goes to an organisation or to a kind of service), the home screen and Trends.
 * Stored as these strings in `organisations.kind` and `referrals.service_kind`: never rename one,
 * only add. Their words (kk, ru, en) are in common/organisationKindText.ts.
 */
export const ORGANISATION_KINDS = [
  'employer',
  'labour-mobility-centre',
  'legal-aid',
  'probation-service',
  'medical-psychiatrist',
  'medical-narcologist',
  'medical-tb',
  'medical-hiv',
  'medical-other',
  'social-documents',
  'social-housing',
  'social-benefits',
  'social-disability',
  'education',
  'family-support',
  'resocialisation-centre',
  'ngo',
  'religious-counsellor',
  'institution-medical-unit',
  'institution-detachment-head',
  'other',
] as const;

export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;
