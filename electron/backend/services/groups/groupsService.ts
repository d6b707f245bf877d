import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { GroupDetail, GroupStatus, GroupSummary, PersonRef, groupChannels } from '../../../contract/groupChannels';
import {
  type GroupListRow,
  endOpenMemberships,
  insertGroup,
  listFacilitatorAccounts,
  listFacilitators,
  listGroups,
  listMembers,
  replaceFacilitators,
  setGroupStatus,
  updateGroup as updateGroupRow,
} from '../../db/repos/groupsRepo';
import { listSessionFacilitators, listSessions } from '../../db/repos/groupSessionsRepo';
import type { OpenVault } from '../../vault/vault';
import { newId } from '../../vault/wrap';
import { nowIso, type ServiceContext, audit } from '../context';
import { type GroupAccess, accessTo, facilitatorOnly, requireManageable, requireNotFinished, requireReadable, rolesOf } from './access';
import { byKey, person, toGroupSummary, toMember, toSessionSummary, today } from './mappers';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;
type Schedule = Omit<Input<'groups:create'>, 'facilitatorIds'>;

/** Groups CRUD, status and facilitators (issue 6, item 1). */

function scheduleColumns(s: Schedule) {
  return {
    name: s.name,
    programme_type: s.programmeType,
    // Free text only where it adds something: for 'other' it names the programme, otherwise it qualifies it.
    programme_text: s.programmeText === null || s.programmeText === '' ? null : s.programmeText,
    unit: s.unit,
    start_date: s.startDate,
    end_date: s.endDate,
    weekdays: JSON.stringify([...s.weekdays].sort((a, b) => a - b)),
    time: s.time,
    planned_sessions: s.plannedSessions,
    capacity: s.capacity,
    goals: s.goals,
  };
}

function facilitatorsOf(open: OpenVault, groupIds: string[]): Map<string, PersonRef[]> {
  const map = new Map<string, PersonRef[]>();
  for (const [groupId, rows] of byKey(listFacilitators(open.db, groupIds), (r) => r.group_id)) {
    map.set(groupId, rows.map((r) => person(r.id, r.full_name)));
  }
  return map;
}

/** The group with members and sessions, as the caller may see it (no audit: callers audit what they did). */
function groupDetail(open: OpenVault, access: GroupAccess): GroupDetail {
  const group = access.group;
  const sessions = listSessions(open.db, group.id);
  const sessionFacilitators = byKey(listSessionFacilitators(open.db, sessions.map((s) => s.id)), (r) => r.session_id);
  return {
    ...toGroupSummary(group, facilitatorsOf(open, [group.id]).get(group.id) ?? [], access),
    members: listMembers(open.db, group.id).map(toMember),
    sessions: sessions.map((s) => toSessionSummary(s, (sessionFacilitators.get(s.id) ?? []).map((f) => person(f.id, f.full_name)))),
  };
}

function reloaded(open: OpenVault, groupId: string): GroupDetail {
  return groupDetail(open, requireReadable(open, groupId));
}

/**
 * Every id must be an active account holding the facilitator role; a facilitator who is not an
 * admin must keep themselves among them (or they would hand their group away and lose it).
 */
function checkFacilitators(open: OpenVault, ids: readonly string[]): void {
  const allowed = new Set(listFacilitatorAccounts(open.db).map((a) => a.id));
  const issues = ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !allowed.has(id))
    .map(({ i }) => ({ path: `facilitatorIds.${i}`, message: 'not an active facilitator' }));
  if (issues.length > 0) throw new AppFailure('VALIDATION', 'facilitators must be active accounts with the facilitator role', { issues });
  if (!rolesOf(open).includes('admin') && !ids.includes(open.account.id)) {
    throw new AppFailure('VALIDATION', 'include yourself among the facilitators', {
      issues: [{ path: 'facilitatorIds', message: 'must include the caller' }],
    });
  }
}

export function listGroupsFor(ctx: ServiceContext, input: Input<'groups:list'>): GroupSummary[] {
  const open = ctx.vault.session();
  const rows = listGroups(open.db, { facilitatorId: facilitatorOnly(open) ? open.account.id : undefined, status: input.status });
  const facilitators = facilitatorsOf(open, rows.map((r) => r.id));
  audit(ctx, open.db, { actorId: open.account.id, action: 'group.listed', details: { count: rows.length } });
  return rows.map((row) => {
    const people = facilitators.get(row.id) ?? [];
    return toGroupSummary(row, people, accessTo(open, row, people.some((p) => p.id === open.account.id)));
  });
}

export function getGroup(ctx: ServiceContext, groupId: string): GroupDetail {
  const open = ctx.vault.session();
  const detail = groupDetail(open, requireReadable(open, groupId));
  audit(ctx, open.db, { actorId: open.account.id, action: 'group.viewed', targetKind: 'group', targetId: groupId });
  return detail;
}

export function createGroup(ctx: ServiceContext, input: Input<'groups:create'>): GroupDetail {
  const open = ctx.vault.session();
  checkFacilitators(open, input.facilitatorIds);
  const at = nowIso(ctx);
  const id = newId();
  open.db.transaction(() => {
    insertGroup(open.db, { id, ...scheduleColumns(input), status: 'planned', created_by: open.account.id, created_at: at, updated_at: at });
    replaceFacilitators(open.db, id, input.facilitatorIds);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'group.created',
      targetKind: 'group',
      targetId: id,
      details: { programmeType: input.programmeType, facilitators: input.facilitatorIds.length },
    });
  })();
  return reloaded(open, id);
}

/** The names of the columns whose value changes: what the audit row says about an edit. */
function changedFields(before: GroupListRow, after: ReturnType<typeof scheduleColumns>): string[] {
  return (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
}

export function updateGroup(ctx: ServiceContext, input: Input<'groups:update'>): GroupDetail {
  const open = ctx.vault.session();
  const access = requireManageable(open, input.groupId);
  requireNotFinished(access);
  const columns = scheduleColumns(input);
  const fields = changedFields(access.group, columns);
  if (fields.length > 0) {
    open.db.transaction(() => {
      updateGroupRow(open.db, input.groupId, { ...columns, updated_at: nowIso(ctx) });
      audit(ctx, open.db, { actorId: open.account.id, action: 'group.updated', targetKind: 'group', targetId: input.groupId, details: { fields } });
    })();
  }
  return reloaded(open, input.groupId);
}

const NEXT: Record<GroupStatus, readonly GroupStatus[]> = { planned: ['running', 'finished'], running: ['finished'], finished: [] };

export function setStatus(ctx: ServiceContext, input: Input<'groups:setStatus'>): GroupDetail {
  const open = ctx.vault.session();
  const access = requireManageable(open, input.groupId);
  const from = access.group.status;
  if (from === input.status) return groupDetail(open, access);
  requireNotFinished(access);
  if (!NEXT[from].includes(input.status)) {
    throw new AppFailure('VALIDATION', `a ${from} group cannot become ${input.status}`, {
      issues: [{ path: 'status', message: 'the status only moves forward' }],
    });
  }
  open.db.transaction(() => {
    const at = nowIso(ctx);
    setGroupStatus(open.db, input.groupId, input.status, at);
    const ended = input.status === 'finished' ? endOpenMemberships(open.db, input.groupId, input.on ?? today(ctx), at) : [];
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'group.statusChanged',
      targetKind: 'group',
      targetId: input.groupId,
      details: { from, to: input.status, ...(ended.length > 0 ? { membershipsCompleted: ended.length } : {}) },
    });
  })();
  return reloaded(open, input.groupId);
}

export function setFacilitators(ctx: ServiceContext, input: Input<'groups:setFacilitators'>): GroupDetail {
  const open = ctx.vault.session();
  const access = requireManageable(open, input.groupId);
  requireNotFinished(access);
  checkFacilitators(open, input.facilitatorIds);
  open.db.transaction(() => {
    replaceFacilitators(open.db, input.groupId, input.facilitatorIds);
    audit(ctx, open.db, {
      actorId: open.account.id,
      action: 'group.facilitatorsChanged',
      targetKind: 'group',
      targetId: input.groupId,
      details: { facilitators: input.facilitatorIds },
    });
  })();
  return reloaded(open, input.groupId);
}

export function facilitatorCandidates(ctx: ServiceContext): PersonRef[] {
  return listFacilitatorAccounts(ctx.vault.session().db).map((a) => person(a.id, a.full_name));
}

