/**
 * The directory of organisations (issue 17 §1): list, search, one organisation, and the edits of admins
 * and psychologists. Organisations are not client records: reads are not audited; every change is, with
 * the organisation's id and the names of the changed fields, never their content.
 */
import type { z } from 'zod';
import { queryTerms } from '../../../../common/nameSearch';
import {
  ORGANISATION_FIELDS,
  type Organisation,
  type OrganisationField,
  type OrganisationFields,
  type directoryChannels,
  type directorySearchSchema,
} from '../../../contract/directoryChannels';
import { AppFailure } from '../../../contract/errors';
import type { Db } from '../../db/connection';
import {
  type OrganisationFilter,
  type OrganisationRow,
  findByDupKey,
  findOrganisation,
  insertOrganisation,
  listCities,
  searchOrganisations,
  setOrganisationArchived,
  updateOrganisation,
} from '../../db/repos/organisationsRepo';
import type { SignedInContext } from '../signedIn';
import { fieldsDupKey, rowFields, toOrganisation, toWrite } from './mapping';

type Input<C extends keyof typeof directoryChannels> = z.output<(typeof directoryChannels)[C]['input']>;

/** The filter as the repo takes it: the query folded into fragments (an initial is just a fragment here). */
export function organisationFilter(f: Omit<z.output<typeof directorySearchSchema>, 'limit' | 'offset'>): OrganisationFilter {
  const terms = f.query ? queryTerms(f.query).map((t) => t.text) : [];
  return {
    ...(terms.length > 0 ? { terms } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.city ? { city: f.city } : {}),
    ...(f.language ? { language: f.language } : {}),
    archived: f.archived,
  };
}

export function searchDirectory(s: SignedInContext, input: Input<'directory:search'>) {
  const { limit, offset, ...filter } = input;
  const page = searchOrganisations(s.db, organisationFilter(filter), limit, offset);
  return { total: page.total, rows: page.rows.map(toOrganisation) };
}

function stored(db: Db, id: string): OrganisationRow {
  const row = findOrganisation(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such organisation');
  return row;
}

export function getOrganisation(s: SignedInContext, input: Input<'directory:get'>): Organisation {
  return toOrganisation(stored(s.db, input.id));
}

export function directoryCities(s: SignedInContext): string[] {
  return listCities(s.db);
}

/** Refuses a second organisation of the same kind, name and city unless the person chose to keep both. */
function refuseDuplicate(db: Db, fields: OrganisationFields, self: string | null, allowDuplicate: boolean): void {
  if (allowDuplicate) return;
  const other = findByDupKey(db, fieldsDupKey(fields)).find((r) => r.id !== self);
  if (other)
    throw new AppFailure('ORGANISATION_EXISTS', 'an organisation of the same kind, name and city exists', {
      reasons: [other.id],
    });
}

export function createOrganisation(s: SignedInContext, input: Input<'directory:create'>): Organisation {
  return s.db.transaction(() => {
    refuseDuplicate(s.db, input.fields, null, input.allowDuplicate);
    const id = s.newId();
    const at = s.nowIso();
    insertOrganisation(s.db, { ...toWrite(input.fields, s.account.id, at), id, created_by: s.account.id, created_at: at });
    s.audit('organisation.created', { kind: 'organisation', id }, { kind: input.fields.kind });
    return toOrganisation(stored(s.db, id));
  })();
}

/** The fields whose values differ (names only: what the audit row may say). */
export function changedFields(before: OrganisationFields, after: OrganisationFields): OrganisationField[] {
  return ORGANISATION_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

export function updateOrganisationFields(s: SignedInContext, input: Input<'directory:update'>): Organisation {
  return s.db.transaction(() => {
    const before = stored(s.db, input.id);
    // Only an edit that changes the kind, name or city can make a duplicate: two kept on purpose stay editable.
    if (fieldsDupKey(input.fields) !== before.dup_key) refuseDuplicate(s.db, input.fields, input.id, input.allowDuplicate);
    const fields = changedFields(rowFields(before), input.fields);
    if (fields.length === 0) return toOrganisation(before);
    updateOrganisation(s.db, input.id, toWrite(input.fields, s.account.id, s.nowIso()));
    s.audit('organisation.updated', { kind: 'organisation', id: input.id }, { fields });
    return toOrganisation(stored(s.db, input.id));
  })();
}

export function archiveOrganisation(s: SignedInContext, input: Input<'directory:archive'>): Organisation {
  return s.db.transaction(() => {
    const before = stored(s.db, input.id);
    if ((before.archived === 1) === input.archived) return toOrganisation(before);
    setOrganisationArchived(s.db, input.id, input.archived, s.account.id, s.nowIso());
    s.audit(input.archived ? 'organisation.archived' : 'organisation.restored', { kind: 'organisation', id: input.id });
    return toOrganisation(stored(s.db, input.id));
  })();
}
