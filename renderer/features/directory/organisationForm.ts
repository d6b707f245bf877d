import { z } from 'zod';
import {
  EMPLOYER_FIELDS,
  ORGANISATION_LIMITS as L,
  type Organisation,
  type OrganisationFields,
} from '../../../electron/contract/directoryChannels';
import { ORGANISATION_KINDS } from '../../../electron/contract/organisationKinds';
import { LANGUAGES } from '../../../electron/contract/schemas';
import { message } from '../../forms/validation';

/**
 * The organisation form's values and their conversion to the contract's fields. Text is '' when not
 * recorded; numbers are null; the yes/no is a three-way choice so the radio group always has a value.
 * The employer's fields are shown and kept only for employers (the contract refuses them for other kinds).
 */

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;

const text = (max: number) => z.string().trim().max(max);
const count = (max: number) => z.number().int().min(0).max(max).nullable();

export const organisationFormSchema = z
  .object({
    kind: z.enum(ORGANISATION_KINDS),
    name: text(L.name).min(1),
    address: text(L.address),
    city: text(L.city),
    district: text(L.district),
    phone: text(L.phone),
    email: text(L.email).refine((e) => e === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e), message('directory.form.email')),
    contactPerson: text(L.contactPerson),
    languages: z.array(z.enum(LANGUAGES)),
    notes: text(L.notes),
    sector: text(L.sector),
    quotaPlaces: count(L.quotaPlaces),
    quotaUpdatedOn: z.string(),
    vacancies: text(L.vacancies),
    wageMin: count(L.wage),
    wageMax: count(L.wage),
    shifts: text(L.shifts),
    acceptsConvictions: z.enum(YES_NO_UNKNOWN),
  })
  .refine((v) => v.kind !== 'employer' || v.wageMin === null || v.wageMax === null || v.wageMin <= v.wageMax, {
    path: ['wageMax'],
    message: message('directory.form.wageRange'),
  });
export type OrganisationFormValues = z.input<typeof organisationFormSchema>;

export const EMPTY_ORGANISATION: OrganisationFormValues = {
  kind: 'employer',
  name: '',
  address: '',
  city: '',
  district: '',
  phone: '',
  email: '',
  contactPerson: '',
  languages: [],
  notes: '',
  sector: '',
  quotaPlaces: null,
  quotaUpdatedOn: '',
  vacancies: '',
  wageMin: null,
  wageMax: null,
  shifts: '',
  acceptsConvictions: 'unknown',
};

/** The edit form's starting values: the organisation as stored. */
export function organisationValues(o: Organisation): OrganisationFormValues {
  return {
    kind: o.kind,
    name: o.name,
    address: o.address,
    city: o.city,
    district: o.district,
    phone: o.phone,
    email: o.email,
    contactPerson: o.contactPerson,
    languages: o.languages,
    notes: o.notes,
    sector: o.sector,
    quotaPlaces: o.quotaPlaces,
    quotaUpdatedOn: o.quotaUpdatedOn ?? '',
    vacancies: o.vacancies,
    wageMin: o.wageMin,
    wageMax: o.wageMax,
    shifts: o.shifts,
    acceptsConvictions: o.acceptsConvictions === null ? 'unknown' : o.acceptsConvictions ? 'yes' : 'no',
  };
}

/** The contract's fields; a kind other than employer sends the employer's fields empty. */
export function organisationInput(v: z.output<typeof organisationFormSchema>): OrganisationFields {
  const fields: OrganisationFields = {
    ...v,
    quotaUpdatedOn: v.quotaUpdatedOn === '' ? null : v.quotaUpdatedOn,
    acceptsConvictions: v.acceptsConvictions === 'unknown' ? null : v.acceptsConvictions === 'yes',
  };
  if (v.kind === 'employer') return fields;
  const cleared: Record<string, unknown> = { ...fields };
  for (const f of EMPLOYER_FIELDS) cleared[f] = typeof fields[f] === 'string' ? '' : null;
  return cleared as OrganisationFields;
}
