import { recordConsentBasis, requireConsentBasis } from '../clients/consentCheck';
import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { Member, groupChannels } from '../../../contract/groupChannels';
import { findClient, findClientByCode, insertClient } from '../../db/repos/clientsRepo';
import {
  countOpenMembers,
  endMembership,
  findMember,
  hasOpenMembership,
  insertMember,
  updateMember as updateMemberRow,
  type MemberRow,
} from '../../db/repos/groupsRepo';
import { memberOnSignedSession } from '../../db/repos/groupSessionsRepo';
import { unusedClientCode } from '../clients/clientsService';
import type { SignedInContext } from '../signedIn';
import { recordSigned } from '../signing/signedRecord';
import { type GroupAccess, requireNotFinished, requireReadable, requireRecorder, requireRecording } from './access';
import { toMember } from './mappers';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/**
 * Members (issue 6, item 2). Facilitators enrol by the code a client already has, or register
 * someone new with only an alias and a language: that creates a client record holding a code and
 * nothing that identifies the person. Audit rows carry ids only, never an alias or a code.
 */

/** The membership and its group, for a caller who may read the group (NOT_FOUND otherwise). */
export function requireMember(s: SignedInContext, memberId: string): { member: MemberRow; access: GroupAccess } {
  const member = findMember(s.db, memberId);
  if (!member) throw new AppFailure('NOT_FOUND', 'no such member');
  return { member, access: requireReadable(s, member.group_id) };
}

function checkCanEnrol(s: SignedInContext, access: GroupAccess, clientId: string | null, joinedOn: string): void {
  requireNotFinished(access);
  if (joinedOn < access.group.start_date) {
    throw new AppFailure('VALIDATION', 'joins before the group starts', {
      issues: [{ path: 'joinedOn', message: 'before the start date' }],
    });
  }
  if (clientId !== null && hasOpenMembership(s.db, access.group.id, clientId)) {
    throw new AppFailure('ALREADY_MEMBER', 'the client is already a member of this group');
  }
  if (access.group.capacity !== null && countOpenMembers(s.db, access.group.id) >= access.group.capacity) {
    throw new AppFailure('GROUP_FULL', 'the group is at capacity');
  }
}

export function enrolByCode(s: SignedInContext, input: Input<'groups:enrolByCode'>): Member {
  const access = requireRecorder(s, input.groupId);
  const found = findClientByCode(s.db, input.code);
  if (!found) throw new AppFailure('NOT_FOUND', 'no client has this code');
  checkCanEnrol(s, access, found.id, input.joinedOn);
  const consent = requireConsentBasis(s, found.id, 'group-therapy', input.consentReason);
  const language = input.language ?? findClient(s.db, found.id)?.language ?? null;
  const id = s.newId();
  s.db.transaction(() => {
    insertMember(s.db, {
      id,
      group_id: input.groupId,
      client_id: found.id,
      alias: input.alias,
      language,
      joined_on: input.joinedOn,
      created_by: s.account.id,
      created_at: s.nowIso(),
    });
    s.audit('group.memberEnrolled', { kind: 'group', id: input.groupId }, { memberId: id, clientId: found.id });
    recordConsentBasis(s, consent, { kind: 'groupMember', id });
  })();
  return toMember(findMember(s.db, id)!);
}

export function registerMember(s: SignedInContext, input: Input<'groups:registerMember'>): Member {
  const access = requireRecorder(s, input.groupId);
  checkCanEnrol(s, access, null, input.joinedOn);
  const code = unusedClientCode(s.db);
  const at = s.nowIso();
  const clientId = s.newId();
  const id = s.newId();
  s.db.transaction(() => {
    insertClient(s.db, {
      id: clientId,
      code,
      created_by: s.account.id,
      created_at: at,
      updated_at: at,
      full_name: null,
      search_name: null,
      birth_date: null,
      sex: null,
      language: input.language,
      unit: access.group.unit,
      notes: '',
    });
    insertMember(s.db, {
      id,
      group_id: input.groupId,
      client_id: clientId,
      alias: input.alias,
      language: input.language,
      joined_on: input.joinedOn,
      created_by: s.account.id,
      created_at: at,
    });
    s.audit('group.memberRegistered', { kind: 'group', id: input.groupId }, { memberId: id, clientId });
  })();
  return toMember(findMember(s.db, id)!);
}

export function updateMember(s: SignedInContext, input: Input<'groups:updateMember'>): Member {
  const { member, access } = requireMember(s, input.memberId);
  requireRecording(access);
  // The alias is shown on every attendance list the member is on, so it is part of each signed
  // session's record: changing it would rewrite those records after the fact (issue 10). The
  // language is not attested and stays editable.
  if (member.alias !== input.alias && memberOnSignedSession(s.db, member.id)) {
    throw recordSigned('groupSession', "the alias is part of a signed session's record");
  }
  const fields = [
    ...(member.alias !== input.alias ? ['alias'] : []),
    ...(member.language !== input.language ? ['language'] : []),
  ];
  if (fields.length > 0) {
    s.db.transaction(() => {
      updateMemberRow(s.db, member.id, { alias: input.alias, language: input.language, updated_at: s.nowIso() });
      s.audit('group.memberUpdated', { kind: 'group', id: member.group_id }, { memberId: member.id, fields });
    })();
  }
  return toMember(findMember(s.db, member.id)!);
}

export function leaveGroup(s: SignedInContext, input: Input<'groups:leave'>): Member {
  const { member, access } = requireMember(s, input.memberId);
  requireRecording(access);
  if (member.left_on !== null)
    throw new AppFailure('VALIDATION', 'the member has already left', {
      issues: [{ path: 'memberId', message: 'already left' }],
    });
  if (input.leftOn < member.joined_on) {
    throw new AppFailure('VALIDATION', 'leaves before joining', {
      issues: [{ path: 'leftOn', message: 'before the join date' }],
    });
  }
  s.db.transaction(() => {
    endMembership(s.db, member.id, {
      left_on: input.leftOn,
      leaving_reason: input.reason,
      leaving_note: input.note,
      updated_at: s.nowIso(),
    });
    s.audit('group.memberLeft', { kind: 'group', id: member.group_id }, { memberId: member.id, reason: input.reason });
  })();
  return toMember(findMember(s.db, member.id)!);
}
