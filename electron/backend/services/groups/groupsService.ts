import type { z } from 'zod';
import { AppFailure } from '../../../contract/errors';
import type { GroupDetail, GroupStatus, GroupSummary, groupChannels } from '../../../contract/groupChannels';
import type { PersonRef } from '../../../contract/signedRecord';
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
import type { SignedInContext } from '../signedIn';
import { personRef } from '../signing/signedRecord';
import { type GroupAccess, accessTo, facilitatorOnly, requireManageable, requireNotFinished, requireReadable } from './access';
import { byKey, toGroupSummary, toMember, toSessionSummary, today } from './mappers';

type Input<C extends keyof typeof groupChannels> = z.output<(typeof groupChannels)[C]['input']>;
type Schedule = Omit<Input<'groups:create'>, 'facilitatorIds'>;

/** Groups CRUD, status and facilitators (issue 6, item 1). */

function scheduleColumns(schedule: Schedule) {
  return {
    name: schedule.name,
    programme_type: schedule.programmeType,
    // Free text only where it adds something: for 'other' it names the programme, otherwise it qualifies it.
    programme_text: schedule.programmeText === null || schedule.programmeText === '' ? null : schedule.programmeText,
    unit: schedule.unit,
    start_date: schedule.startDate,
    end_date: schedule.endDate,
    weekdays: JSON.stringify([...schedule.weekdays].sort((a, b) => a - b)),
    time: schedule.time,
    planned_sessions: schedule.plannedSessions,
    capacity: schedule.capacity,
    goals: schedule.goals,
  };
}

function facilitatorsOf(s: SignedInContext, groupIds: string[]): Map<string, PersonRef[]> {
  const map = new Map<string, PersonRef[]>();
  for (const [groupId, rows] of byKey(listFacilitators(s.db, groupIds), (r) => r.group_id)) {
    map.set(
      groupId,
      rows.map((r) => personRef(r.id, r.full_name)),
    );
  }
  return map;
}

/** The group with members and sessions, as the caller may see it (no audit: callers audit what they did). */
function groupDetail(s: SignedInContext, access: GroupAccess): GroupDetail {
  const group = access.group;
  const sessions = listSessions(s.db, group.id);
  const sessionFacilitators = byKey(
    listSessionFacilitators(
      s.db,
      sessions.map((session) => session.id),
    ),
    (r) => r.session_id,
  );
  return {
    ...toGroupSummary(group, facilitatorsOf(s, [group.id]).get(group.id) ?? [], access),
    members: listMembers(s.db, group.id).map(toMember),
    sessions: sessions.map((session) =>
      toSessionSummary(
        session,
        (sessionFacilitators.get(session.id) ?? []).map((f) => personRef(f.id, f.full_name)),
      ),
    ),
  };
}

function reloaded(s: SignedInContext, groupId: string): GroupDetail {
  return groupDetail(s, requireReadable(s, groupId));
}

/**
 * Every id must be an active account holding the facilitator role; a facilitator who is not an
 * admin must keep themselves among them (or they would hand their group away and lose it).
 */
function checkFacilitators(s: SignedInContext, ids: readonly string[]): void {
  const allowed = new Set(listFacilitatorAccounts(s.db).map((a) => a.id));
  const issues = ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !allowed.has(id))
    .map(({ i }) => ({ path: `facilitatorIds.${i}`, message: 'not an active facilitator' }));
  if (issues.length > 0)
    throw new AppFailure('VALIDATION', 'facilitators must be active accounts with the facilitator role', { issues });
  if (!s.hasRole('admin') && !ids.includes(s.account.id)) {
    throw new AppFailure('VALIDATION', 'include yourself among the facilitators', {
      issues: [{ path: 'facilitatorIds', message: 'must include the caller' }],
    });
  }
}

export function listGroupsFor(s: SignedInContext, input: Input<'groups:list'>): GroupSummary[] {
  const rows = listGroups(s.db, { facilitatorId: facilitatorOnly(s) ? s.account.id : undefined, status: input.status });
  const facilitators = facilitatorsOf(
    s,
    rows.map((r) => r.id),
  );
  s.audit('group.listed', null, { count: rows.length });
  return rows.map((row) => {
    const people = facilitators.get(row.id) ?? [];
    return toGroupSummary(
      row,
      people,
      accessTo(
        s,
        row,
        people.some((p) => p.id === s.account.id),
      ),
    );
  });
}

export function getGroup(s: SignedInContext, { groupId }: Input<'groups:get'>): GroupDetail {
  const detail = groupDetail(s, requireReadable(s, groupId));
  s.audit('group.viewed', { kind: 'group', id: groupId });
  return detail;
}

export function createGroup(s: SignedInContext, input: Input<'groups:create'>): GroupDetail {
  checkFacilitators(s, input.facilitatorIds);
  const at = s.nowIso();
  const id = s.newId();
  s.db.transaction(() => {
    insertGroup(s.db, {
      id,
      ...scheduleColumns(input),
      status: 'planned',
      created_by: s.account.id,
      created_at: at,
      updated_at: at,
    });
    replaceFacilitators(s.db, id, input.facilitatorIds);
    s.audit(
      'group.created',
      { kind: 'group', id },
      { programmeType: input.programmeType, facilitators: input.facilitatorIds.length },
    );
  })();
  return reloaded(s, id);
}

/** The names of the columns whose value changes: what the audit row says about an edit. */
function changedFields(before: GroupListRow, after: ReturnType<typeof scheduleColumns>): string[] {
  return (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
}

export function updateGroup(s: SignedInContext, input: Input<'groups:update'>): GroupDetail {
  const access = requireManageable(s, input.groupId);
  requireNotFinished(access);
  const columns = scheduleColumns(input);
  const fields = changedFields(access.group, columns);
  if (fields.length > 0) {
    s.db.transaction(() => {
      updateGroupRow(s.db, input.groupId, { ...columns, updated_at: s.nowIso() });
      s.audit('group.updated', { kind: 'group', id: input.groupId }, { fields });
    })();
  }
  return reloaded(s, input.groupId);
}

const NEXT: Record<GroupStatus, readonly GroupStatus[]> = {
  planned: ['running', 'finished'],
  running: ['finished'],
  finished: [],
};

export function setStatus(s: SignedInContext, input: Input<'groups:setStatus'>): GroupDetail {
  const access = requireManageable(s, input.groupId);
  const from = access.group.status;
  if (from === input.status) return groupDetail(s, access);
  requireNotFinished(access);
  if (!NEXT[from].includes(input.status)) {
    throw new AppFailure('VALIDATION', `a ${from} group cannot become ${input.status}`, {
      issues: [{ path: 'status', message: 'the status only moves forward' }],
    });
  }
  s.db.transaction(() => {
    const at = s.nowIso();
    setGroupStatus(s.db, input.groupId, input.status, at);
    const ended = input.status === 'finished' ? endOpenMemberships(s.db, input.groupId, input.on ?? today(s), at) : [];
    s.audit(
      'group.statusChanged',
      { kind: 'group', id: input.groupId },
      { from, to: input.status, ...(ended.length > 0 ? { membershipsCompleted: ended.length } : {}) },
    );
  })();
  return reloaded(s, input.groupId);
}

export function setFacilitators(s: SignedInContext, input: Input<'groups:setFacilitators'>): GroupDetail {
  const access = requireManageable(s, input.groupId);
  requireNotFinished(access);
  checkFacilitators(s, input.facilitatorIds);
  s.db.transaction(() => {
    replaceFacilitators(s.db, input.groupId, input.facilitatorIds);
    s.audit('group.facilitatorsChanged', { kind: 'group', id: input.groupId }, { facilitators: input.facilitatorIds });
  })();
  return reloaded(s, input.groupId);
}

export function facilitatorCandidates(s: SignedInContext): PersonRef[] {
  return listFacilitatorAccounts(s.db).map((a) => personRef(a.id, a.full_name));
}
