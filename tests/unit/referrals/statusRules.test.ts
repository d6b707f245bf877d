import { describe, expect, it } from 'vitest';
import {
  NEXT_STATUSES,
  REFERRAL_STATUSES,
  type ReferralStatus,
  addDays,
  canChangeStatus,
  canRecordOutcome,
  isOpenReferral,
  referralChannels,
} from '../../../electron/contract/referralChannels';

describe('referral steps', () => {
  it('follows planned → made → contacted → accepted, declined or no answer', () => {
    expect(canChangeStatus('planned', 'made')).toBe(true);
    expect(canChangeStatus('made', 'contacted')).toBe(true);
    for (const end of ['accepted', 'declined', 'no-answer'] as const) expect(canChangeStatus('contacted', end)).toBe(true);
    // A step may be skipped when it was not recorded, and an unanswered referral may be tried again.
    expect(canChangeStatus('made', 'accepted')).toBe(true);
    expect(canChangeStatus('no-answer', 'contacted')).toBe(true);
  });

  it('never goes back, never leaves a declined or finished referral, and never reaches "outcome" without its form', () => {
    const order: ReferralStatus[] = ['planned', 'made', 'contacted'];
    for (const [i, from] of order.entries())
      for (const back of order.slice(0, i + 1)) expect(canChangeStatus(from, back)).toBe(false);
    for (const to of REFERRAL_STATUSES) {
      expect(canChangeStatus('declined', to)).toBe(false);
      expect(canChangeStatus('outcome', to)).toBe(false);
      expect(canChangeStatus(to, 'outcome')).toBe(false);
      expect(canChangeStatus(to, 'planned')).toBe(false);
    }
    expect(canChangeStatus('planned', 'accepted')).toBe(false);
    expect(canChangeStatus('accepted', 'declined')).toBe(false);
  });

  it('records an outcome once a referral is made and not declined or unanswered; a recorded one may be corrected', () => {
    expect(REFERRAL_STATUSES.filter(canRecordOutcome)).toEqual(['made', 'contacted', 'accepted', 'outcome']);
    expect(REFERRAL_STATUSES.filter(isOpenReferral)).toEqual(['planned', 'made', 'contacted', 'accepted', 'no-answer']);
  });

  it('the status channel accepts exactly the statuses some step leads to', () => {
    const reachable = new Set(Object.values(NEXT_STATUSES).flat());
    const accepted = REFERRAL_STATUSES.filter(
      (s) => referralChannels['referrals:changeStatus'].input.shape.status.safeParse(s).success,
    );
    expect(accepted.sort()).toEqual([...reachable].sort());
  });

  it('adds days across months and leap years, whatever the time zone', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
  });
});
