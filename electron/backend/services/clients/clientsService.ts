import type { z } from 'zod';
import type { ClientDetail, ClientSummary, Consent, LegalStatusPeriod, clientChannels } from '../../../contract/clientChannels';
import { AppFailure } from '../../../contract/errors';
import {
  type ClientListRow,
  type ClientProfileColumns,
  type ClientRow,
  type ConsentRow,
  type LegalStatusRow,
  closeLegalStatus,
  clientActivityAt,
  codeExists,
  findClient,
  findClientByCode,
  findConsent,
  insertClient,
  insertConsent,
  insertLegalStatus,
  listConsents,
  listLegalStatuses,
  listUnits,
  touchClient,
  updateClient as updateClientRow,
  updateClientProfile,
  withdrawConsent as withdrawConsentRow,
} from '../../db/repos/clientsRepo';
import type { Db } from '../../db/connection';
import { searchClients } from '../../db/repos/clientSearchRepo';
import type { AuditTarget, SignedInContext } from '../signedIn';
import { nameSearchKey, queryTerms } from '../../../../common/nameSearch';
import { codeFragment, newClientCode } from './clientCode';
import { findReentryPlan } from '../../db/repos/reentryRepo';
import { checkReleaseAfterSentenceStart } from '../reentry/dateOrder';

/**
 * The client register (issue 5, item 1). Only the code is required; names and the rest are
 * optional. Every view and change is audited against the client with ids and field names only:
 * never a name, a code, a note or a search query.
 */

type Input<C extends keyof typeof clientChannels> = z.output<(typeof clientChannels)[C]['input']>;
type Identity = Pick<Input<'clients:create'>, 'fullName' | 'birthDate' | 'sex' | 'language' | 'unit' | 'notes'>;
type PeriodInput = NonNullable<Input<'clients:create'>['legalStatus']>;
type ConsentInput = NonNullable<Input<'clients:create'>['consent']>;

/** The target of a search: clients in general, not one client, so the audit view's filter by kind finds it. */
const ANY_CLIENT: AuditTarget = { kind: 'client', id: null };

/** Codes are drawn from 6.5 × 10^11; even at a million clients a collision is one in 650,000 draws. */
const CODE_ATTEMPTS = 10;

function toPeriod(
  row: Pick<LegalStatusRow, 'id' | 'status' | 'original_status' | 'start_date' | 'end_date' | 'recorded_by' | 'recorded_at'>,
): LegalStatusPeriod {
  return {
    id: row.id,
    status: row.status,
    originalStatus: row.original_status,
    startDate: row.start_date,
    endDate: row.end_date,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    givenOn: row.given_on,
    scope: JSON.parse(row.scope) as Consent['scope'],
    note: row.note,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    withdrawal:
      row.withdrawn_on !== null && row.withdrawn_by !== null && row.withdrawn_at !== null
        ? { on: row.withdrawn_on, by: row.withdrawn_by, at: row.withdrawn_at, note: row.withdrawal_note ?? '' }
        : null,
  };
}

/** The same choice as the list's SQL (clientsRepo CURRENT_STATUS_ORDER): the open period, else the latest. */
function currentPeriod(periods: LegalStatusRow[]): LegalStatusRow | null {
  const open = periods.filter((p) => p.end_date === null);
  const pool = open.length > 0 ? open : periods;
  return pool.reduce<LegalStatusRow | null>((best, p) => (best === null || p.start_date >= best.start_date ? p : best), null);
}

function summaryFields(row: ClientRow): Omit<ClientSummary, 'legalStatus' | 'consentInForce'> {
  return {
    id: row.id,
    code: row.code,
    fullName: row.full_name,
    birthDate: row.birth_date,
    language: row.language,
    unit: row.unit,
    updatedAt: row.updated_at,
    activityAt: row.updated_at,
  };
}

function toSummary(row: ClientListRow): ClientSummary {
  const legalStatus =
    row.ls_id !== null &&
    row.ls_status !== null &&
    row.ls_start_date !== null &&
    row.ls_recorded_by !== null &&
    row.ls_recorded_at !== null
      ? toPeriod({
          id: row.ls_id,
          status: row.ls_status,
          original_status: row.ls_original_status,
          start_date: row.ls_start_date,
          end_date: row.ls_end_date,
          recorded_by: row.ls_recorded_by,
          recorded_at: row.ls_recorded_at,
        })
      : null;
  return { ...summaryFields(row), activityAt: row.activity_at, legalStatus, consentInForce: row.consent_in_force === 1 };
}

function loadDetail(db: Db, row: ClientRow): ClientDetail {
  const periods = listLegalStatuses(db, row.id);
  const consents = listConsents(db, row.id).map(toConsent);
  const current = currentPeriod(periods);
  return {
    ...summaryFields(row),
    activityAt: clientActivityAt(db, row.id) ?? row.updated_at,
    legalStatus: current === null ? null : toPeriod(current),
    consentInForce: consents.some((c) => c.withdrawal === null),
    sex: row.sex,
    notes: row.notes,
    createdBy: row.created_by,
    createdAt: row.created_at,
    legalStatuses: periods.map(toPeriod),
    consents,
    educationLevel: row.education_level ?? null,
    literacy: row.literacy ?? null,
    questionnairesReadAloud:
      row.questionnaires_read_aloud === undefined || row.questionnaires_read_aloud === null
        ? null
        : row.questionnaires_read_aloud === 1,
    sentenceStart: row.sentence_start ?? null,
    sentenceEnd: row.sentence_end ?? null,
  };
}

type ProfileInput = Pick<
  Input<'clients:update'>,
  'educationLevel' | 'literacy' | 'questionnairesReadAloud' | 'sentenceStart' | 'sentenceEnd'
>;

/** The stored profile with the fields the input sent replaced (a field left out keeps its value). */
function profileColumns(row: ClientRow, input: ProfileInput): ClientProfileColumns {
  const pick = <T>(sent: T | undefined, stored: T | undefined | null): T | null => (sent === undefined ? (stored ?? null) : sent);
  const aloud = pick(
    input.questionnairesReadAloud,
    row.questionnaires_read_aloud === undefined || row.questionnaires_read_aloud === null
      ? null
      : row.questionnaires_read_aloud === 1,
  );
  return {
    education_level: pick(input.educationLevel, row.education_level),
    literacy: pick(input.literacy, row.literacy),
    questionnaires_read_aloud: aloud === null ? null : aloud ? 1 : 0,
    sentence_start: pick(input.sentenceStart, row.sentence_start),
    sentence_end: pick(input.sentenceEnd, row.sentence_end),
  };
}

const PROFILE_NAMES: [keyof ClientProfileColumns, string][] = [
  ['education_level', 'educationLevel'],
  ['literacy', 'literacy'],
  ['questionnaires_read_aloud', 'questionnairesReadAloud'],
  ['sentence_start', 'sentenceStart'],
  ['sentence_end', 'sentenceEnd'],
];

/** Refuses sentence dates out of order with each other or with the re-entry plan's release date (VALIDATION). */
function checkSentence(db: Db, clientId: string | null, p: ClientProfileColumns): void {
  if (p.sentence_start !== null && p.sentence_end !== null && p.sentence_end < p.sentence_start) {
    throw new AppFailure('VALIDATION', 'the sentence ends before it starts', {
      issues: [{ path: 'sentenceEnd', message: 'the sentence ends before it starts' }],
    });
  }
  if (clientId !== null)
    checkReleaseAfterSentenceStart(p.sentence_start, findReentryPlan(db, clientId)?.release_date, 'sentenceStart');
}

/** A new client code that no client has yet (a registration, or a group member registered by alias). */
export function unusedClientCode(db: Db): string {
  let code = newClientCode();
  for (let attempt = 1; codeExists(db, code); attempt++) {
    if (attempt >= CODE_ATTEMPTS) throw new AppFailure('INTERNAL', 'could not draw an unused client code');
    code = newClientCode();
  }
  return code;
}

/** The client, or NOT_FOUND. */
export function requireClient(db: Db, id: string): ClientRow {
  const row = findClient(db, id);
  if (!row) throw new AppFailure('NOT_FOUND', 'no such client');
  return row;
}

function identityColumns(input: Identity) {
  return {
    full_name: input.fullName,
    search_name: input.fullName === null ? null : nameSearchKey(input.fullName),
    birth_date: input.birthDate,
    sex: input.sex,
    language: input.language,
    unit: input.unit,
    notes: input.notes,
  };
}

/**
 * Adds a period. An open period that started before the new one ends on the new start date (a
 * transfer from custody to probation is one entry, not two). Any other overlap is refused: the
 * history must say one thing about each day.
 */
function addPeriod(s: SignedInContext, clientId: string, period: PeriodInput, at: string): LegalStatusRow {
  const existing = listLegalStatuses(s.db, clientId);
  const toClose = existing.find((p) => p.end_date === null && p.start_date < period.startDate);
  const overlaps = existing.some((p) => {
    const end = p === toClose ? period.startDate : p.end_date;
    // Half-open days [start, end): a period ending on a day lets the next begin on it.
    return (end === null || period.startDate < end) && (period.endDate === null || p.start_date < period.endDate);
  });
  if (overlaps) throw new AppFailure('LEGAL_STATUS_OVERLAP', 'the period overlaps a recorded one');
  const row: LegalStatusRow = {
    id: s.newId(),
    original_status: null,
    client_id: clientId,
    status: period.status,
    start_date: period.startDate,
    end_date: period.endDate,
    recorded_by: s.account.id,
    recorded_at: at,
  };
  if (toClose) closeLegalStatus(s.db, toClose.id, period.startDate);
  insertLegalStatus(s.db, row);
  s.audit(
    'client.legalStatusAdded',
    { kind: 'client', id: clientId },
    toClose ? { periodId: row.id, closedPeriodId: toClose.id } : { periodId: row.id },
  );
  return row;
}

function addConsent(s: SignedInContext, clientId: string, consent: ConsentInput, at: string): string {
  const id = s.newId();
  insertConsent(s.db, {
    id,
    client_id: clientId,
    given_on: consent.givenOn,
    scope: JSON.stringify(consent.scope),
    note: consent.note,
    recorded_by: s.account.id,
    recorded_at: at,
  });
  s.audit('client.consentRecorded', { kind: 'client', id: clientId }, { consentId: id, scope: consent.scope });
  return id;
}

/** Registers a client under a new random code, with an optional first legal status and consent. */
export function createClient(s: SignedInContext, input: Input<'clients:create'>): ClientDetail {
  const at = s.nowIso();
  const row: ClientRow = {
    id: s.newId(),
    code: unusedClientCode(s.db),
    created_by: s.account.id,
    created_at: at,
    updated_at: at,
    ...identityColumns(input),
  };
  const profile = profileColumns(row, input);
  checkSentence(s.db, null, profile);
  const profileNames = PROFILE_NAMES.filter(([column]) => profile[column] !== null).map(([, name]) => name);
  s.db.transaction(() => {
    insertClient(s.db, row);
    if (profileNames.length > 0) updateClientProfile(s.db, row.id, profile);
    s.audit('client.created', { kind: 'client', id: row.id }, { fields: [...filledFields(input), ...profileNames] });
    if (input.legalStatus) addPeriod(s, row.id, input.legalStatus, at);
    if (input.consent) addConsent(s, row.id, input.consent, at);
  })();
  return loadDetail(s.db, { ...row, ...profile });
}

/** Names of the optional identifying fields that hold something (field names, never values). */
function filledFields(input: Identity): string[] {
  const filled: string[] = [];
  if (input.fullName !== null) filled.push('fullName');
  if (input.birthDate !== null) filled.push('birthDate');
  if (input.sex !== null) filled.push('sex');
  if (input.language !== null) filled.push('language');
  if (input.unit !== null) filled.push('unit');
  if (input.notes !== '') filled.push('notes');
  return filled;
}

/** Replaces the identifying fields, unit and notes, and the profile fields sent. A change that changes nothing writes nothing. */
export function updateClient(s: SignedInContext, input: Input<'clients:update'>): ClientDetail {
  const row = requireClient(s.db, input.id);
  const next = identityColumns(input);
  const names: [keyof typeof next, string][] = [
    ['full_name', 'fullName'],
    ['birth_date', 'birthDate'],
    ['sex', 'sex'],
    ['language', 'language'],
    ['unit', 'unit'],
    ['notes', 'notes'],
  ];
  const profile = profileColumns(row, input);
  const fields = [
    ...names.filter(([column]) => row[column] !== next[column]).map(([, name]) => name),
    ...PROFILE_NAMES.filter(([column]) => (row[column] ?? null) !== profile[column]).map(([, name]) => name),
  ];
  if (fields.length === 0) return loadDetail(s.db, row);
  checkSentence(s.db, row.id, profile);
  const updated: ClientRow = { ...row, ...next, ...profile, updated_at: s.nowIso() };
  s.db.transaction(() => {
    updateClientRow(s.db, row.id, updated);
    updateClientProfile(s.db, row.id, profile);
    s.audit('client.updated', { kind: 'client', id: row.id }, { fields });
  })();
  return loadDetail(s.db, updated);
}

/** One client's record; audited as a view. */
export function getClient(s: SignedInContext, { clientId }: Input<'clients:get'>): ClientDetail {
  const row = requireClient(s.db, clientId);
  s.audit('client.viewed', { kind: 'client', id: clientId });
  return loadDetail(s.db, row);
}

/** The list; audited with the number of rows shown, never the query or filters (a name typed is a name). */
export function searchClientList(s: SignedInContext, input: Input<'clients:search'>): { total: number; rows: ClientSummary[] } {
  const query = input.query ?? '';
  const result = searchClients(
    s.db,
    {
      nameTerms: queryTerms(query),
      code: codeFragment(query) ?? undefined,
      unit: input.unit,
      legalStatus: input.legalStatus,
      consent: input.consent,
    },
    input.limit,
    input.offset,
  );
  s.audit('client.searched', ANY_CLIENT, { rows: result.rows.length });
  return { total: result.total, rows: result.rows.map(toSummary) };
}

/** Quick open: exactly this code, or NOT_FOUND. Audited like a search with one or no row. */
export function findClientCode(s: SignedInContext, { code }: Input<'clients:findByCode'>): { id: string; code: string } {
  const found = findClientByCode(s.db, code);
  s.audit('client.searched', found ? { kind: 'client', id: found.id } : ANY_CLIENT, { rows: found ? 1 : 0, byCode: true });
  if (!found) throw new AppFailure('NOT_FOUND', 'no client has this code');
  return found;
}

/** Units in use, for the list's filter. */
export function listClientUnits(s: SignedInContext): string[] {
  return listUnits(s.db);
}

/** Writes one change to a client's history with the client's updated time, in one transaction; returns the record. */
function changeClient(s: SignedInContext, row: ClientRow, change: (at: string) => void): ClientDetail {
  const at = s.nowIso();
  s.db.transaction(() => {
    change(at);
    touchClient(s.db, row.id, at);
  })();
  return loadDetail(s.db, { ...row, updated_at: at });
}

/** Adds a legal status period (see addPeriod for how it meets the earlier ones). */
export function addLegalStatus(s: SignedInContext, input: Input<'clients:addLegalStatus'>): ClientDetail {
  const row = requireClient(s.db, input.clientId);
  return changeClient(s, row, (at) => addPeriod(s, row.id, input.period, at));
}

/** Records a consent as given. */
export function recordConsent(s: SignedInContext, input: Input<'clients:recordConsent'>): ClientDetail {
  const row = requireClient(s.db, input.clientId);
  return changeClient(s, row, (at) => addConsent(s, row.id, input.consent, at));
}

/** Records a withdrawal; the consent stays, marked withdrawn. */
export function withdrawConsent(s: SignedInContext, input: Input<'clients:withdrawConsent'>): ClientDetail {
  const consent = findConsent(s.db, input.consentId);
  if (!consent) throw new AppFailure('NOT_FOUND', 'no such consent');
  if (consent.withdrawn_on !== null) throw new AppFailure('CONSENT_WITHDRAWN', 'the consent is already withdrawn');
  if (input.withdrawnOn < consent.given_on) {
    throw new AppFailure('VALIDATION', 'withdrawn before it was given', {
      issues: [{ path: 'withdrawnOn', message: 'must not be before the day the consent was given' }],
    });
  }
  const row = requireClient(s.db, consent.client_id);
  return changeClient(s, row, (at) => {
    withdrawConsentRow(s.db, consent.id, { on: input.withdrawnOn, by: s.account.id, at, note: input.note });
    s.audit('client.consentWithdrawn', { kind: 'client', id: row.id }, { consentId: consent.id });
  });
}
