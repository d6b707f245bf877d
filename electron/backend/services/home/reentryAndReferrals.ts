import { RELEASE_WITHIN_DAYS, type PsychologistHome } from '../../../contract/homeChannels';
import { organisationKindSchema } from '../../../contract/organisationKinds';
import type { Db } from '../../db/connection';
import { countUpcomingReleases } from '../../db/repos/homeRepo';
import { upcomingReleases } from '../../db/repos/reentryRepo';
import { countDueReferrals, dueReferrals } from '../../db/repos/referralsRepo';

/**
 * The two psychologist sections read from other domains' repos, with the functions their owners made for the
 * home screen: referrals whose follow-up date has come (referralsRepo) and releases coming within
 * RELEASE_WITHIN_DAYS days (reentryRepo). Both open the client's page, where the referral and the plan are.
 */
export function dueFollowUps(db: Db, today: string, limit: number): PsychologistHome['followUps'] {
  const total = countDueReferrals(db, today);
  const rows = total === 0 ? [] : dueReferrals(db, today, limit);
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      clientId: r.client_id,
      clientCode: r.client_code,
      // The referrals service writes only these kinds; a value from a later version reads as 'other', never a failure.
      serviceKind: organisationKindSchema.catch('other').parse(r.service_kind),
      organisationName: r.organisation_name,
      followUpOn: r.follow_up_on,
      place: { area: 'client', clientId: r.client_id },
    })),
  };
}

export function upcomingReleaseList(db: Db, today: string, limit: number): PsychologistHome['releases'] {
  const total = countUpcomingReleases(db, today, RELEASE_WITHIN_DAYS);
  const rows = total === 0 ? [] : upcomingReleases(db, today, RELEASE_WITHIN_DAYS, limit);
  return {
    total,
    items: rows.map((r) => ({
      clientId: r.clientId,
      clientCode: r.code,
      releaseDate: r.releaseDate,
      place: { area: 'client', clientId: r.clientId },
    })),
  };
}
