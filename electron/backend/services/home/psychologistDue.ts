import { CONSENT_ACTIVE_DAYS, CONSENT_RENEW_MONTHS, type PsychologistHome } from '../../../contract/homeChannels';
import type { Db } from '../../db/connection';
import {
  type Counted,
  type HomeAssessmentRow,
  assessmentDrafts,
  consentsToRenew,
  unacknowledgedAlerts,
  unfinishedDrawings,
} from '../../db/repos/homeRepo';
import { addDays, monthsBefore } from './calendar';
import { dueFollowUps, upcomingReleaseList } from './reentryAndReferrals';

/** The PHQ-9 item-9 flag ("thoughts that you would be better off dead…"): the alert that waits for acknowledgement. */
const ALERT = { instrumentId: 'phq9', flagId: 'selfHarmThoughts' } as const;

const section = <R, T>(counted: Counted<R>, item: (row: R) => T) => ({ total: counted.total, items: counted.rows.map(item) });

const assessmentItem = (r: HomeAssessmentRow) => ({
  id: r.id,
  clientId: r.client_id,
  clientCode: r.code,
  instrumentId: r.instrument_id,
  at: r.updated_at,
  place: { area: 'assessment' as const, clientId: r.client_id, assessmentId: r.id },
});

/**
 * What waits for a psychologist: their own unfinished drawings and assessment drafts; and, for the whole
 * facility (there is no client ownership: every psychologist sees every client), follow-ups due, consents
 * to renew, safety alerts not yet acknowledged and releases coming.
 */
export function psychologistDue(db: Db, accountId: string, today: string, limit: number): PsychologistHome {
  const activeSince = addDays(today, -CONSENT_ACTIVE_DAYS);
  return {
    drawings: section(unfinishedDrawings(db, accountId, limit), (r) => ({
      id: r.id,
      clientCode: r.code,
      instrumentId: r.instrument_id,
      updatedAt: r.updated_at,
      // A drawing of an assessment resumes from the assessment; a free one from the Drawings list.
      place:
        r.assessment_id && r.client_id
          ? { area: 'assessment' as const, clientId: r.client_id, assessmentId: r.assessment_id }
          : { area: 'drawings' as const, drawingId: r.id },
    })),
    drafts: section(assessmentDrafts(db, accountId, limit), assessmentItem),
    followUps: dueFollowUps(db, today, limit),
    consents: section(consentsToRenew(db, monthsBefore(today, CONSENT_RENEW_MONTHS), activeSince, limit), (r) => ({
      clientId: r.client_id,
      clientCode: r.code,
      givenOn: r.given_on,
      place: { area: 'client' as const, clientId: r.client_id },
    })),
    alerts: section(unacknowledgedAlerts(db, ALERT.instrumentId, ALERT.flagId, limit), assessmentItem),
    releases: upcomingReleaseList(db, today, limit),
  };
}
