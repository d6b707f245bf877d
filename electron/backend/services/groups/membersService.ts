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
import type { OpenVault } from '../../vault/vault';
import { newId } from '../../vault/wrap';
import { memberOnSignedSession } from '../../db/repos/groupSessionsRepo';
import { unusedClientCode } from '../clientsService';
import { nowIso, type ServiceContext, audit } from '../context';
import { type GroupAccess, requireNotFinished, requireReadable, requireRecorder, requireRecording } from './access';
import { toMember } from './mappers';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;

/**
 * Members (issue 6, item 2). Facilitators enrol by the code a client already has, or register
 * someone new with only an alias and a language: that creates a client record holding a code and
 * nothing that identifies the person. Audit rows carry ids only, never an alias or a code.
 */

/** The membership and its group, for a caller who may read the group (NOT_FOUND otherwise). */
export function requireMember(open: OpenVault, memberId: string): { member: MemberRow; access: GroupAccess } {
  const member = findMember(open.db, memberId);
  if (!member) throw new AppFailure('NOT_FOUND', 'no such member');
  return { member, access: requireReadable(open, member.group_id) };
}

function checkCanEnrol(open: OpenVault, access: GroupAccess, clientId: string | null, joinedOn: string): void {
  requireNotFinished(access);
  if (joinedOn < access.group.start_date) {
    throw new AppFailure('VALIDATION', 'joins before the group starts', { issues: [{ path: 'joinedOn', message: 'before the start date' }] });
  }
  if (clientId !== null && hasOpenMembership(open.db, access.group.id, clientId)) {
    throw new AppFailure('ALREADY_MEMBER', 'the client is already a member of this group');
  }
  if (access.group.capacity !== null && countOpenMembers(open.db, access.group.id) >= access.group.capacity) {
    throw new AppFailure('GROUP_FULL', 'the group is at capacity');
  }
}

export function enrolByCode(ctx: ServiceContext, input: Input<'groups:enrolByCode'>): Member {
  const open = ctx.vault.session();
  const access = requireRecorder(open, input.groupId);
  const found = findClientByCode(open.db, input.code);
  if (!found) throw new AppFailure('NOT_FOUND', 'no client has this code');
  checkCanEnrol(open, access, found.id, input.joinedOn);
  const language = input.language ?? findClient(open.db, found.id)?.language ?? null;
  const id = newId();
  open.db.transaction(() => {
    insertMember(open.db, {
      id,
      group_id: input.groupId,
      client_id: found.id,
      alias: input.alias,
      language,
      joined_on: input.joinedOn,
      created_by: open.account.id,
      created_at: nowIso(ctx),
    });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'group.memberEnrolled',
      targetKind: 'group',
      targetId: input.groupId,
      details: { memberId: id, clientId: found.id },
    });
  })();
  return toMember(findMember(open.db, id)!);
}

export function registerMember(ctx: ServiceContext, input: Input<'groups:registerMember'>): Member {
  const open = ctx.vault.session();
  const access = requireRecorder(open, input.groupId);
  checkCanEnrol(open, access, null, input.joinedOn);
  const code = unusedClientCode(open.db);
  const at = nowIso(ctx);
  const clientId = newId();
  const id = newId();
  open.db.transaction(() => {
    insertClient(open.db, {
      id: clientId,
      code,
      created_by: open.account.id,
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
    insertMember(open.db, {
      id,
      group_id: input.groupId,
      client_id: clientId,
      alias: input.alias,
      language: input.language,
      joined_on: input.joinedOn,
      created_by: open.account.id,
      created_at: at,
    });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'group.memberRegistered',
      targetKind: 'group',
      targetId: input.groupId,
      details: { memberId: id, clientId },
    });
  })();
  return toMember(findMember(open.db, id)!);
}

export function updateMember(ctx: ServiceContext, input: Input<'groups:updateMember'>): Member {
  const open = ctx.vault.session();
  const { member, access } = requireMember(open, input.memberId);
  requireRecording(access);
  // The alias is shown on every grid the member is on, so it is part of each signed session's
  // record: changing it would rewrite those records after the fact (issue 10). The language is
  // not attested and stays editable.
  if (member.alias !== input.alias && memberOnSignedSession(open.db, member.id)) {
    throw new AppFailure('NOTE_SIGNED', "the alias is part of a signed session's record");
  }
  const fields = [...(member.alias !== input.alias ? ['alias'] : []), ...(member.language !== input.language ? ['language'] : [])];
  if (fields.length > 0) {
    open.db.transaction(() => {
      updateMemberRow(open.db, member.id, { alias: input.alias, language: input.language, updated_at: nowIso(ctx) });
      audit(ctx, open.db, {
        actorId: open.account.id,
        action: 'group.memberUpdated',
        targetKind: 'group',
        targetId: member.group_id,
        details: { memberId: member.id, fields },
      });
    })();
  }
  return toMember(findMember(open.db, member.id)!);
}

export function leaveGroup(ctx: ServiceContext, input: Input<'groups:leave'>): Member {
  const open = ctx.vault.session();
  const { member, access } = requireMember(open, input.memberId);
  requireRecording(access);
  if (member.left_on !== null) throw new AppFailure('VALIDATION', 'the member has already left', { issues: [{ path: 'memberId', message: 'already left' }] });
  if (input.leftOn < member.joined_on) {
    throw new AppFailure('VALIDATION', 'leaves before joining', { issues: [{ path: 'leftOn', message: 'before the join date' }] });
  }
  open.db.transaction(() => {
    endMembership(open.db, member.id, { left_on: input.leftOn, leaving_reason: input.reason, leaving_note: input.note, updated_at: nowIso(ctx) });
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'group.memberLeft',
      targetKind: 'group',
      targetId: member.group_id,
      details: { memberId: member.id, reason: input.reason },
    });
  })();
  return toMember(findMember(open.db, member.id)!);
}
