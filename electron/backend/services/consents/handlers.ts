import type { z } from 'zod';
import { type ConsentException, consentChannels } from '../../../contract/consentChannels';
import { findAccountById } from '../../db/repos/accountsRepo';
import { type ConsentExceptionRow, findConsentException } from '../../db/repos/consentExceptionsRepo';
import type { Db } from '../../db/connection';
import { requireAssessment } from '../assessments/assessmentRecord';
import type { DomainHandlers } from '../handlerMap';
import type { SignedInContext } from '../signedIn';

type Input<C extends keyof typeof consentChannels> = z.output<(typeof consentChannels)[C]['input']>;

/** The exception as the screen and the report show it. */
export function toConsentException(db: Db, row: ConsentExceptionRow): ConsentException {
  return {
    activity: row.activity,
    reason: row.reason,
    recordedBy: row.recorded_by,
    recordedByName: findAccountById(db, row.recorded_by)?.full_name ?? '',
    recordedAt: row.recorded_at,
  };
}

/** The reason an assessment was begun without a consent; null when it was begun on one. */
export function consentForAssessment(
  s: SignedInContext,
  { assessmentId }: Input<'consents:forAssessment'>,
): ConsentException | null {
  const assessment = requireAssessment(s.db, assessmentId);
  s.audit('client.consentExceptionViewed', { kind: 'client', id: assessment.client_id }, { assessmentId });
  const row = findConsentException(s.db, 'assessment', assessmentId);
  return row ? toConsentException(s.db, row) : null;
}

/** Handlers of the consent checks; typed from the contract. */
export const consentHandlers = {
  'consents:forAssessment': consentForAssessment,
} satisfies DomainHandlers<typeof consentChannels>;
