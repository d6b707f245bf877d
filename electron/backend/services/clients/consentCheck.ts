import type { ConsentActivity } from '../../../../common/consentCoverage';
import { consentCoverage } from '../../../../common/consentCoverage';
import { AppFailure } from '../../../contract/errors';
import { listConsents } from '../../db/repos/clientsRepo';
import { type ConsentExceptionRow, insertConsentException } from '../../db/repos/consentExceptionsRepo';
import type { SignedInContext } from '../signedIn';

/**
 * The consent a new assessment or group enrolment needs (issue 12, item 4). Checked before the
 * record is written; the renderer's warning is a courtesy, this is the rule.
 */

/** How the activity may begin: on a consent, or on a reason recorded with it. */
export type ConsentBasis = { clientId: string; activity: ConsentActivity; reason: string | null };

/**
 * Throws CONSENT_REQUIRED (details.reasons [activity, 'none' | 'withdrawn']) unless a consent in
 * force covers the activity, or none ever did and a reason is given. A withdrawn consent is not
 * overridden by a reason: the client said no, and only a new consent says yes again.
 */
export function requireConsentBasis(
  s: SignedInContext,
  clientId: string,
  activity: ConsentActivity,
  reason: string | undefined,
): ConsentBasis {
  const consents = listConsents(s.db, clientId).map((c) => ({
    scope: JSON.parse(c.scope) as string[],
    withdrawn: c.withdrawn_on !== null,
  }));
  const coverage = consentCoverage(consents, activity);
  if (coverage === 'covered') return { clientId, activity, reason: null };
  if (coverage === 'none' && reason !== undefined && reason !== '') return { clientId, activity, reason };
  throw new AppFailure(
    'CONSENT_REQUIRED',
    coverage === 'withdrawn' ? 'the consent covering this was withdrawn' : 'no consent covers this',
    { reasons: [activity, coverage] },
  );
}

/**
 * Stores the reason with the record begun without a consent, audited against the client (the
 * reason itself is content and stays out of the audit log). Call inside the record's transaction.
 */
export function recordConsentBasis(
  s: SignedInContext,
  basis: ConsentBasis,
  record: { kind: ConsentExceptionRow['record_kind']; id: string },
): void {
  if (basis.reason === null) return;
  insertConsentException(s.db, {
    id: s.newId(),
    client_id: basis.clientId,
    activity: basis.activity,
    record_kind: record.kind,
    record_id: record.id,
    reason: basis.reason,
    recorded_by: s.account.id,
    recorded_at: s.nowIso(),
  });
  s.audit(
    'client.consentException',
    { kind: 'client', id: basis.clientId },
    { activity: basis.activity, recordKind: record.kind, recordId: record.id },
  );
}
