/** Referrals as the conclusion step edits them: at most one per kind, in the contract's order of kinds. */
import { REFERRAL_KINDS, type Referral } from '../../../../electron/contract/assessmentChannels';

type Kind = Referral['kind'];
const order = (a: Referral, b: Referral) => REFERRAL_KINDS.indexOf(a.kind) - REFERRAL_KINDS.indexOf(b.kind);

/** Ticks (with an empty note) or unticks a kind; unticking drops its note. */
export function toggleReferral(referrals: readonly Referral[], kind: Kind, on: boolean): Referral[] {
  const others = referrals.filter((r) => r.kind !== kind);
  return on ? [...others, referrals.find((r) => r.kind === kind) ?? { kind, note: '' }].sort(order) : others;
}

/** Sets the note of a ticked kind. */
export function setReferral(referrals: readonly Referral[], kind: Kind, note: string): Referral[] {
  return referrals.map((r) => (r.kind === kind ? { kind, note } : r));
}
