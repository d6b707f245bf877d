import { getLocalTimeZone, today } from '@internationalized/date';
import { z } from 'zod';
import {
  CONSENT_SCOPES,
  type ClientDetail,
  EDUCATION_LEVELS,
  LEGAL_STATUSES,
  LITERACY_LEVELS,
  SEXES,
} from '../../../electron/contract/clientChannels';
import type { ChannelInput } from '../../../electron/contract/channels';
import { LANGUAGES } from '../../../electron/contract/schemas';
import { message } from '../../forms/validation';

/**
 * The client forms' values and their conversion to the contract's inputs. Optional choices use
 * 'none' rather than null so radio groups and selects always have a value; dates are calendar
 * dates as the contract carries them ("YYYY-MM-DD"), '' when not recorded, so they compare as text.
 */

export const NONE = 'none';
/** Today's calendar date in the computer's time zone. */
export const todayValue = (): string => today(getLocalTimeZone()).toString();

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message('validation.required'));
const notAfterToday = (d: string) => d === '' || d <= todayValue();

export const identitySchema = z.object({
  fullName: z.string().trim().max(200),
  birthDate: z.string().refine(notAfterToday, message('clients.form.dateInFuture')),
  sex: z.enum([NONE, ...SEXES]),
  language: z.enum([NONE, ...LANGUAGES]),
  unit: z.string().trim().max(100),
  notes: z.string().max(5000),
});
export type IdentityValues = z.input<typeof identitySchema>;

export const periodSchema = z
  .object({
    status: z.enum(LEGAL_STATUSES),
    startDate: dateSchema.refine(notAfterToday, message('clients.form.dateInFuture')),
    endDate: z.string(),
  })
  .refine((p) => p.endDate === '' || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: message('clients.form.endBeforeStart'),
  });
export type PeriodValues = z.input<typeof periodSchema>;

export const consentSchema = z.object({
  givenOn: dateSchema.refine(notAfterToday, message('clients.form.dateInFuture')),
  scope: z.array(z.enum(CONSENT_SCOPES)).min(1),
  note: z.string().trim().max(1000),
});
export type ConsentValues = z.input<typeof consentSchema>;

/** New client: the identity, and optionally a first legal status and a consent. */
export const newClientSchema = identitySchema
  .extend({
    legalStatus: z.enum([NONE, ...LEGAL_STATUSES]),
    legalStatusStart: z.string(),
    consentGiven: z.boolean(),
    consent: z.object({ givenOn: z.string(), scope: z.array(z.enum(CONSENT_SCOPES)), note: z.string().trim().max(1000) }),
  })
  .superRefine((v, ctx) => {
    if (v.legalStatus !== NONE && v.legalStatusStart === '') {
      ctx.addIssue({ code: 'custom', path: ['legalStatusStart'], message: message('validation.required') });
    } else if (!notAfterToday(v.legalStatusStart)) {
      ctx.addIssue({ code: 'custom', path: ['legalStatusStart'], message: message('clients.form.dateInFuture') });
    }
    if (!v.consentGiven) return;
    if (v.consent.givenOn === '')
      ctx.addIssue({ code: 'custom', path: ['consent', 'givenOn'], message: message('validation.required') });
    else if (!notAfterToday(v.consent.givenOn)) {
      ctx.addIssue({ code: 'custom', path: ['consent', 'givenOn'], message: message('clients.form.dateInFuture') });
    }
    if (v.consent.scope.length === 0)
      ctx.addIssue({ code: 'custom', path: ['consent', 'scope'], message: message('validation.chooseOne') });
  });
export type NewClientValues = z.input<typeof newClientSchema>;

export const EMPTY_IDENTITY: IdentityValues = { fullName: '', birthDate: '', sex: NONE, language: NONE, unit: '', notes: '' };

export const EMPTY_NEW_CLIENT: NewClientValues = {
  ...EMPTY_IDENTITY,
  legalStatus: NONE,
  legalStatusStart: '',
  consentGiven: false,
  consent: { givenOn: '', scope: [], note: '' },
};

/** The edit form's starting values: the client as stored. */
export function identityValues(client: ClientDetail): IdentityValues {
  return {
    fullName: client.fullName ?? '',
    birthDate: client.birthDate ?? '',
    sex: client.sex ?? NONE,
    language: client.language ?? NONE,
    unit: client.unit ?? '',
    notes: client.notes,
  };
}

type Identity = Pick<ChannelInput<'clients:create'>, 'fullName' | 'birthDate' | 'sex' | 'language' | 'unit' | 'notes'>;

/** Empty text and 'none' become null: not recorded. */
export function identityInput(v: z.output<typeof identitySchema>): Identity {
  return {
    fullName: v.fullName === '' ? null : v.fullName,
    birthDate: v.birthDate === '' ? null : v.birthDate,
    sex: v.sex === NONE ? null : v.sex,
    language: v.language === NONE ? null : v.language,
    unit: v.unit === '' ? null : v.unit,
    notes: v.notes,
  };
}

export function createInput(v: z.output<typeof newClientSchema>): ChannelInput<'clients:create'> {
  return {
    ...identityInput(v),
    legalStatus:
      v.legalStatus !== NONE && v.legalStatusStart !== ''
        ? { status: v.legalStatus, startDate: v.legalStatusStart, endDate: null }
        : null,
    consent:
      v.consentGiven && v.consent.givenOn !== ''
        ? { givenOn: v.consent.givenOn, scope: v.consent.scope, note: v.consent.note }
        : null,
  };
}

export const periodInput = (v: z.output<typeof periodSchema>) => ({
  status: v.status,
  startDate: v.startDate,
  endDate: v.endDate === '' ? null : v.endDate,
});

export const consentInput = (v: z.output<typeof consentSchema>) => ({ givenOn: v.givenOn, scope: v.scope, note: v.note });

/**
 * The edit dialog's form: the identity and the profile of issue 17 §5 (education, literacy, whether
 * questionnaires are read aloud, the sentence dates). The new-client page keeps the identity only.
 */
export const READ_ALOUD = ['yes', 'no'] as const;
export const editProfileSchema = identitySchema
  .extend({
    educationLevel: z.enum([NONE, ...EDUCATION_LEVELS]),
    literacy: z.enum([NONE, ...LITERACY_LEVELS]),
    readAloud: z.enum([NONE, ...READ_ALOUD]),
    sentenceStart: z.string(),
    sentenceEnd: z.string(),
  })
  .refine((v) => v.sentenceStart === '' || v.sentenceEnd === '' || v.sentenceEnd >= v.sentenceStart, {
    path: ['sentenceEnd'],
    message: message('clients.profileFields.sentenceEndBeforeStart'),
  });
export type EditProfileValues = z.input<typeof editProfileSchema>;

/** The edit dialog's starting values: the client as stored. */
export function editProfileValues(client: ClientDetail): EditProfileValues {
  return {
    ...identityValues(client),
    educationLevel: client.educationLevel ?? NONE,
    literacy: client.literacy ?? NONE,
    readAloud: client.questionnairesReadAloud === null ? NONE : client.questionnairesReadAloud ? 'yes' : 'no',
    sentenceStart: client.sentenceStart ?? '',
    sentenceEnd: client.sentenceEnd ?? '',
  };
}

/** The update's input: the identity and every profile field ('none' and '' become null: not recorded). */
export function editProfileInput(v: z.output<typeof editProfileSchema>): Omit<ChannelInput<'clients:update'>, 'id'> {
  return {
    ...identityInput(v),
    educationLevel: v.educationLevel === NONE ? null : v.educationLevel,
    literacy: v.literacy === NONE ? null : v.literacy,
    questionnairesReadAloud: v.readAloud === NONE ? null : v.readAloud === 'yes',
    sentenceStart: v.sentenceStart === '' ? null : v.sentenceStart,
    sentenceEnd: v.sentenceEnd === '' ? null : v.sentenceEnd,
  };
}
