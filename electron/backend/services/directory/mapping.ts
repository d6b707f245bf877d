import type { Language } from '../../../contract/schemas';
import type { Organisation, OrganisationFields } from '../../../contract/directoryChannels';
import type { OrganisationKind } from '../../../contract/organisationKinds';
import type { OrganisationRow, OrganisationWrite } from '../../db/repos/organisationsRepo';
import { dupKey, nameKey, searchKey } from './keys';

/** A stored row as the contract carries it. */
export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    ...rowFields(row),
    archived: row.archived === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/** The editable fields of a stored row. */
export function rowFields(row: OrganisationRow): OrganisationFields {
  return {
    kind: row.kind as OrganisationKind,
    name: row.name,
    address: row.address,
    city: row.city,
    district: row.district,
    phone: row.phone,
    email: row.email,
    contactPerson: row.contact_person,
    languages: JSON.parse(row.languages) as Language[],
    notes: row.notes,
    sector: row.sector,
    quotaPlaces: row.quota_places,
    quotaUpdatedOn: row.quota_updated_on,
    vacancies: row.vacancies,
    wageMin: row.wage_min,
    wageMax: row.wage_max,
    shifts: row.shifts,
    acceptsConvictions: row.accepts_convictions === null ? null : row.accepts_convictions === 1,
  };
}

/** The columns a write sets, keys included. */
export function toWrite(f: OrganisationFields, by: string, at: string): OrganisationWrite {
  return {
    kind: f.kind,
    name: f.name,
    address: f.address,
    city: f.city,
    district: f.district,
    phone: f.phone,
    email: f.email,
    contact_person: f.contactPerson,
    languages: JSON.stringify(f.languages),
    notes: f.notes,
    sector: f.sector,
    quota_places: f.quotaPlaces,
    quota_updated_on: f.quotaUpdatedOn,
    vacancies: f.vacancies,
    wage_min: f.wageMin,
    wage_max: f.wageMax,
    shifts: f.shifts,
    accepts_convictions: f.acceptsConvictions === null ? null : f.acceptsConvictions ? 1 : 0,
    search_key: searchKey(f),
    name_key: nameKey(f.name),
    dup_key: dupKey(f.kind, f.name, f.city),
    updated_by: by,
    updated_at: at,
  };
}

export const fieldsDupKey = (f: Pick<OrganisationFields, 'kind' | 'name' | 'city'>): string => dupKey(f.kind, f.name, f.city);
