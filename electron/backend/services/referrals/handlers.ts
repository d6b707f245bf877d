import type { referralChannels } from '../../../contract/referralChannels';
import type { DomainHandlers } from '../handlerMap';
import { changeStatus, createReferral, getReferral, listForClient, recordOutcome, setFollowUp } from './referralsService';

/** Handlers of referrals (issue 17 §2); typed from the contract. */
export const referralHandlers = {
  'referrals:listForClient': listForClient,
  'referrals:get': getReferral,
  'referrals:create': createReferral,
  'referrals:changeStatus': changeStatus,
  'referrals:recordOutcome': recordOutcome,
  'referrals:setFollowUp': setFollowUp,
} satisfies DomainHandlers<typeof referralChannels>;
