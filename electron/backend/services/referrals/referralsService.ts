import type { z } from 'zod';
import {
  type Referral,
  type ReferralStatus,
  canChangeStatus,
  canRecordOutcome,
  isOpenReferral,
  type referralChannels,
} from '../../../contract/referralChannels';
import { AppFailure } from '../../../contract/errors';
import {
  type ReferralViewRow,
  findOrganisationKind,
  findReferral,
  insertReferral,
  insertReferralEvent,
  listClientReferrals,
  updateReferral,
} from '../../db/repos/referralsRepo';
import { requireAssessment } from '../assessments/assessmentRecord';
import { requireClient } from '../clients/clientsService';
import type { SignedInContext } from '../signedIn';
import { localDate, outcomeDetails, toReferrals } from './referralView';

/**
 * Referrals (issue 17 §2). Every read and change is audited against the client whose record it is,
 * with the referral's id and statuses only: never the reason, a note, an organisation or an outcome.
 * The step rules are the contract's (NEXT_STATUSES, OUTCOME_FROM); the date rules are here:
 * a step happens on a day that has come (not after today) and not before the referral was made; a
 * follow-up is never before the referral's date.
 */

type Input<C extends keyof typeof referralChannels> = z.output<(typeof referralChannels)[C]['input']>;

/** REFERRAL_DATE with the rule that failed in details.reasons. */
const dateFailure = (reason: 'future' | 'beforeReferral' | 'followUpBeforeReferral') =>
  new AppFailure('REFERRAL_DATE', `the date does not fit the referral (${reason})`, { reasons: [reason] });

function requireReferral(s: SignedInContext, id: string): ReferralViewRow {
  const row = findReferral(s.db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such referral');
  return row;
}

function view(s: SignedInContext, id: string): Referral {
  const [referral] = toReferrals(s.db, [requireReferral(s, id)]);
  return referral!;
}

const auditTarget = (clientId: string) => ({ kind: 'client', id: clientId });

function checkFollowUp(referredOn: string, followUpOn: string | null | undefined): void {
  if (followUpOn != null && followUpOn < referredOn) throw dateFailure('followUpBeforeReferral');
}

/** A step's day: not in the future, not before the referral was made (a planned one becomes made on it). */
function checkStepDay(s: SignedInContext, row: ReferralViewRow, on: string): void {
  if (on > localDate(s.now())) throw dateFailure('future');
  if (row.status !== 'planned' && on < row.referred_on) throw dateFailure('beforeReferral');
}

export function listForClient(s: SignedInContext, { clientId }: Input<'referrals:listForClient'>): Referral[] {
  requireClient(s.db, clientId);
  const referrals = toReferrals(s.db, listClientReferrals(s.db, clientId));
  s.audit('referral.listed', auditTarget(clientId), { count: referrals.length });
  return referrals;
}

export function getReferral(s: SignedInContext, { id }: Input<'referrals:get'>): Referral {
  const referral = view(s, id);
  s.audit('referral.viewed', auditTarget(referral.clientId), { referralId: id });
  return referral;
}

export function createReferral(s: SignedInContext, input: Input<'referrals:create'>): Referral {
  requireClient(s.db, input.clientId);
  let organisationId: string | null = null;
  let serviceKind: string;
  if ('organisationId' in input.target) {
    const organisation = findOrganisationKind(s.db, input.target.organisationId);
    // An archived organisation stays on the referrals made to it, but no new one goes there.
    if (!organisation || organisation.archived === 1) throw new AppFailure('NOT_FOUND', 'no such organisation');
    organisationId = organisation.id;
    serviceKind = organisation.kind;
  } else {
    serviceKind = input.target.serviceKind;
  }
  if (input.sourceAssessmentId !== null) {
    const assessment = requireAssessment(s.db, input.sourceAssessmentId);
    if (assessment.client_id !== input.clientId || assessment.status === 'discarded') {
      throw new AppFailure('NOT_FOUND', 'no such assessment of this client');
    }
  }
  if (input.status === 'made' && input.referredOn > localDate(s.now())) throw dateFailure('future');
  checkFollowUp(input.referredOn, input.followUpOn);
  const id = s.newId();
  const at = s.nowIso();
  s.db.transaction(() => {
    insertReferral(s.db, {
      id,
      client_id: input.clientId,
      organisation_id: organisationId,
      service_kind: serviceKind,
      reason: input.reason,
      referred_on: input.referredOn,
      source_assessment_id: input.sourceAssessmentId,
      status: input.status,
      follow_up_on: input.followUpOn,
      outcome_kind: null,
      outcome_json: null,
      outcome_on: null,
      created_by: s.account.id,
      created_at: at,
      updated_at: at,
    });
    insertReferralEvent(s.db, {
      id: s.newId(),
      referral_id: id,
      status: input.status,
      on_date: input.referredOn,
      note: '',
      recorded_by: s.account.id,
      recorded_at: at,
    });
    s.audit('referral.created', auditTarget(input.clientId), {
      referralId: id,
      status: input.status,
      ...(input.sourceAssessmentId ? { assessmentId: input.sourceAssessmentId } : {}),
    });
  })();
  return view(s, id);
}

export function changeStatus(s: SignedInContext, input: Input<'referrals:changeStatus'>): Referral {
  const row = requireReferral(s, input.id);
  const from = row.status as ReferralStatus;
  if (!canChangeStatus(from, input.status)) {
    throw new AppFailure('REFERRAL_STEP', `a referral ${from} cannot become ${input.status}`, { reasons: [from, input.status] });
  }
  checkStepDay(s, row, input.on);
  const referredOn = from === 'planned' ? input.on : row.referred_on;
  const closes = !isOpenReferral(input.status);
  // A closed referral is no longer followed up; otherwise a new follow-up date, when given, replaces the old.
  const followUpOn = closes ? null : input.followUpOn !== undefined ? input.followUpOn : row.follow_up_on;
  checkFollowUp(referredOn, closes ? null : input.followUpOn);
  const at = s.nowIso();
  s.db.transaction(() => {
    updateReferral(s.db, row.id, { status: input.status, referred_on: referredOn, follow_up_on: followUpOn, updated_at: at });
    insertReferralEvent(s.db, {
      id: s.newId(),
      referral_id: row.id,
      status: input.status,
      on_date: input.on,
      note: input.note,
      recorded_by: s.account.id,
      recorded_at: at,
    });
    s.audit('referral.statusChanged', auditTarget(row.client_id), { referralId: row.id, from, to: input.status });
  })();
  return view(s, row.id);
}

export function recordOutcome(s: SignedInContext, input: Input<'referrals:recordOutcome'>): Referral {
  const row = requireReferral(s, input.id);
  const from = row.status as ReferralStatus;
  if (!canRecordOutcome(from)) {
    throw new AppFailure('REFERRAL_STEP', `a referral ${from} cannot have an outcome`, { reasons: [from, 'outcome'] });
  }
  checkStepDay(s, row, input.on);
  const at = s.nowIso();
  s.db.transaction(() => {
    updateReferral(s.db, row.id, {
      status: 'outcome',
      outcome_kind: input.outcome.kind,
      outcome_json: outcomeDetails(input.outcome),
      outcome_on: input.on,
      follow_up_on: null,
      updated_at: at,
    });
    insertReferralEvent(s.db, {
      id: s.newId(),
      referral_id: row.id,
      status: 'outcome',
      on_date: input.on,
      note: input.note,
      recorded_by: s.account.id,
      recorded_at: at,
    });
    s.audit('referral.outcomeRecorded', auditTarget(row.client_id), {
      referralId: row.id,
      from,
      ...(from === 'outcome' ? { corrected: true } : {}),
    });
  })();
  return view(s, row.id);
}

export function setFollowUp(s: SignedInContext, input: Input<'referrals:setFollowUp'>): Referral {
  const row = requireReferral(s, input.id);
  if (!isOpenReferral(row.status as ReferralStatus)) {
    throw new AppFailure('REFERRAL_STEP', `a referral ${row.status} is no longer followed up`, {
      reasons: [row.status, 'followUp'],
    });
  }
  checkFollowUp(row.referred_on, input.followUpOn);
  s.db.transaction(() => {
    updateReferral(s.db, row.id, { follow_up_on: input.followUpOn, updated_at: s.nowIso() });
    s.audit('referral.followUpSet', auditTarget(row.client_id), { referralId: row.id, cleared: input.followUpOn === null });
  })();
  return view(s, row.id);
}
