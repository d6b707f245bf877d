import { z } from 'zod';
import type { ChannelInput } from '../../../electron/contract/channels';
import { ORGANISATION_KINDS } from '../../../electron/contract/organisationKinds';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  LEGAL_HELP_KINDS,
  MAX_REFERRAL_EVENT_NOTE,
  MAX_REFERRAL_REASON,
  MAX_WORK_KIND,
  OUTCOME_KINDS,
  REFERRAL_STATUSES,
  addDays,
} from '../../../electron/contract/referralChannels';
import { message } from '../../forms/validation';
import { todayValue } from '../clients/clientForm';

/**
 * The referral dialogs' values and their conversion to the contract's inputs. Dates are calendar
 * dates as the contract carries them ("YYYY-MM-DD"), '' while empty, so they compare as text. The
 * same date rules as the backend (services/referrals) are checked here first, so a hurried person
 * is told at the field, not after a refusal.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message('validation.required'));
const optionalDate = z.union([z.literal(''), date]);
const notAfterToday = (d: string) => d <= todayValue();
const dateInFuture = message('referrals.form.dateInFuture');

export const newReferralSchema = z
  .object({
    targetKind: z.enum(['organisation', 'service']),
    organisationId: z.string(),
    /** Shown beside the picked organisation (kept in the draft, so it reads the same after a lock). */
    organisationName: z.string(),
    serviceKind: z.union([z.literal(''), z.enum(ORGANISATION_KINDS)]),
    reason: z.string().trim().max(MAX_REFERRAL_REASON),
    status: z.enum(['made', 'planned']),
    referredOn: date,
    followUpOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.targetKind === 'organisation' && v.organisationId === '') {
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: message('referrals.form.pickOrganisation') });
    }
    if (v.targetKind === 'service' && v.serviceKind === '') {
      ctx.addIssue({ code: 'custom', path: ['serviceKind'], message: message('validation.chooseOne') });
    }
    if (v.status === 'made' && v.referredOn !== '' && !notAfterToday(v.referredOn)) {
      ctx.addIssue({ code: 'custom', path: ['referredOn'], message: dateInFuture });
    }
    if (v.followUpOn !== '' && v.referredOn !== '' && v.followUpOn < v.referredOn) {
      ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: message('referrals.form.followUpBeforeReferral') });
    }
  });
export type NewReferralValues = z.input<typeof newReferralSchema>;

export function newReferralValues(): NewReferralValues {
  const today = todayValue();
  return {
    targetKind: 'organisation',
    organisationId: '',
    organisationName: '',
    serviceKind: '',
    reason: '',
    status: 'made',
    referredOn: today,
    followUpOn: addDays(today, DEFAULT_FOLLOW_UP_DAYS),
  };
}

export function newReferralInput(
  clientId: string,
  v: z.output<typeof newReferralSchema>,
  sourceAssessmentId: string | null = null,
): ChannelInput<'referrals:create'> {
  return {
    clientId,
    target:
      v.targetKind === 'organisation'
        ? { organisationId: v.organisationId }
        : { serviceKind: v.serviceKind as (typeof ORGANISATION_KINDS)[number] },
    reason: v.reason,
    status: v.status,
    referredOn: v.referredOn,
    followUpOn: v.followUpOn === '' ? null : v.followUpOn,
    sourceAssessmentId,
  };
}

/** A step's date: not in the future, and (once made) not before the referral. */
const stepDate = (referredOn: string, madeYet: boolean) =>
  date.refine(notAfterToday, dateInFuture).refine((d) => !madeYet || d >= referredOn, message('referrals.form.beforeReferral'));

const STEP_STATUSES = REFERRAL_STATUSES.filter((s) => s !== 'planned' && s !== 'outcome') as [
  'made' | 'contacted' | 'accepted' | 'declined' | 'no-answer',
  ...('made' | 'contacted' | 'accepted' | 'declined' | 'no-answer')[],
];

export const stepSchema = (referredOn: string, madeYet: boolean) =>
  z
    .object({
      status: z.union([z.literal(''), z.enum(STEP_STATUSES)]),
      on: stepDate(referredOn, madeYet),
      note: z.string().trim().max(MAX_REFERRAL_EVENT_NOTE),
      followUpOn: optionalDate,
    })
    .superRefine((v, ctx) => {
      if (v.status === '') ctx.addIssue({ code: 'custom', path: ['status'], message: message('validation.chooseOne') });
      const from = madeYet ? referredOn : v.on;
      if (v.followUpOn !== '' && from !== '' && v.followUpOn < from) {
        ctx.addIssue({ code: 'custom', path: ['followUpOn'], message: message('referrals.form.followUpBeforeReferral') });
      }
    });
export type StepValues = z.input<ReturnType<typeof stepSchema>>;

export const outcomeFormSchema = (referredOn: string) =>
  z
    .object({
      kind: z.union([z.literal(''), z.enum(OUTCOME_KINDS)]),
      startDate: optionalDate,
      workKind: z.string().trim().max(MAX_WORK_KIND),
      help: z.union([z.literal(''), z.enum(LEGAL_HELP_KINDS)]),
      otherNote: z.string().trim().max(MAX_REFERRAL_EVENT_NOTE),
      on: stepDate(referredOn, true),
      note: z.string().trim().max(MAX_REFERRAL_EVENT_NOTE),
    })
    .superRefine((v, ctx) => {
      const required = (path: string) => ctx.addIssue({ code: 'custom', path: [path], message: message('validation.required') });
      if (v.kind === '') ctx.addIssue({ code: 'custom', path: ['kind'], message: message('validation.chooseOne') });
      if (v.kind === 'employed') {
        if (v.startDate === '') required('startDate');
        if (v.workKind === '') required('workKind');
      }
      if (v.kind === 'legal-help' && v.help === '') {
        ctx.addIssue({ code: 'custom', path: ['help'], message: message('validation.chooseOne') });
      }
      if (v.kind === 'other' && v.otherNote === '') required('otherNote');
    });
export type OutcomeValues = z.input<ReturnType<typeof outcomeFormSchema>>;

export const emptyOutcome = (): OutcomeValues => ({
  kind: '',
  startDate: '',
  workKind: '',
  help: '',
  otherNote: '',
  on: todayValue(),
  note: '',
});

export function outcomeInput(
  id: string,
  v: z.output<ReturnType<typeof outcomeFormSchema>>,
): ChannelInput<'referrals:recordOutcome'> {
  const outcome: ChannelInput<'referrals:recordOutcome'>['outcome'] =
    v.kind === 'employed'
      ? { kind: 'employed', startDate: v.startDate, workKind: v.workKind }
      : v.kind === 'legal-help'
        ? { kind: 'legal-help', help: v.help as (typeof LEGAL_HELP_KINDS)[number] }
        : v.kind === 'other'
          ? { kind: 'other', note: v.otherNote }
          : { kind: v.kind as 'documents-restored' | 'housing-found' | 'treatment-started' };
  return { id, outcome, on: v.on, note: v.note };
}
