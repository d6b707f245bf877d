import type { Db } from '../connection';

/** A groups row; `weekdays` is a JSON array of ISO weekdays. */
export type GroupRow = {
  id: string;
  name: string;
  programme_type: 'psychosocial-adaptation' | 'anger-management' | 'addiction-recovery' | 'pre-release' | 'other';
  programme_text: string | null;
  unit: string | null;
  start_date: string;
  end_date: string | null;
  weekdays: string;
  time: string | null;
  planned_sessions: number | null;
  capacity: number | null;
  status: 'planned' | 'running' | 'finished';
  goals: string;
  created_by: string;
  created_at: string;
  updated_at: string;
};

/** A group with the counts lists show. */
export type GroupListRow = GroupRow & { active_members: number; session_count: number };

/** A group_members row, with the client's code. */
export type MemberRow = {
  id: string;
  group_id: string;
  client_id: string;
  code: string;
  alias: string;
  language: 'kk' | 'ru' | 'en' | null;
  joined_on: string;
  left_on: string | null;
  leaving_reason: 'completed' | 'released' | 'transferred' | 'dropped-out' | 'other' | null;
  leaving_note: string;
};

export type PersonRow = { group_id: string; id: string; full_name: string };

const WITH_COUNTS = `SELECT g.*,
    (SELECT count(*) FROM group_members m WHERE m.group_id = g.id AND m.left_on IS NULL) AS active_members,
    (SELECT count(*) FROM group_sessions s WHERE s.group_id = g.id) AS session_count
  FROM groups g`;

export function insertGroup(db: Db, row: GroupRow): void {
  db.prepare(
    `INSERT INTO groups (id, name, programme_type, programme_text, unit, start_date, end_date, weekdays, time, planned_sessions,
       capacity, status, goals, created_by, created_at, updated_at)
     VALUES (@id, @name, @programme_type, @programme_text, @unit, @start_date, @end_date, @weekdays, @time, @planned_sessions,
       @capacity, @status, @goals, @created_by, @created_at, @updated_at)`,
  ).run(row);
}

export function updateGroup(db: Db, id: string, fields: Omit<GroupRow, 'id' | 'status' | 'created_by' | 'created_at'>): void {
  db.prepare(
    `UPDATE groups SET name = @name, programme_type = @programme_type, programme_text = @programme_text, unit = @unit,
       start_date = @start_date, end_date = @end_date, weekdays = @weekdays, time = @time, planned_sessions = @planned_sessions,
       capacity = @capacity, goals = @goals, updated_at = @updated_at WHERE id = @id`,
  ).run({ ...fields, id });
}

export function setGroupStatus(db: Db, id: string, status: GroupRow['status'], at: string): void {
  db.prepare('UPDATE groups SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

export function findGroup(db: Db, id: string): GroupListRow | undefined {
  return db.prepare(`${WITH_COUNTS} WHERE g.id = ?`).get(id) as GroupListRow | undefined;
}

/** Every group, or those `facilitatorId` facilitates; newest start first. */
export function listGroups(
  db: Db,
  filter: { facilitatorId?: string | undefined; status?: GroupRow['status'] | undefined },
): GroupListRow[] {
  return db
    .prepare(
      `${WITH_COUNTS}
       WHERE (@facilitator IS NULL OR EXISTS (SELECT 1 FROM group_facilitators f WHERE f.group_id = g.id AND f.account_id = @facilitator))
         AND (@status IS NULL OR g.status = @status)
       ORDER BY g.start_date DESC, g.name, g.id`,
    )
    .all({ facilitator: filter.facilitatorId ?? null, status: filter.status ?? null }) as GroupListRow[];
}

/** Facilitators of the given groups, by name. */
export function listFacilitators(db: Db, groupIds: readonly string[]): PersonRow[] {
  if (groupIds.length === 0) return [];
  return db
    .prepare(
      `SELECT f.group_id, a.id, a.full_name FROM group_facilitators f JOIN accounts a ON a.id = f.account_id
       WHERE f.group_id IN (SELECT value FROM json_each(?)) ORDER BY a.full_name, a.id`,
    )
    .all(JSON.stringify(groupIds)) as PersonRow[];
}

export function isFacilitatorOf(db: Db, groupId: string, accountId: string): boolean {
  return (
    db.prepare('SELECT 1 FROM group_facilitators WHERE group_id = ? AND account_id = ?').get(groupId, accountId) !== undefined
  );
}

export function replaceFacilitators(db: Db, groupId: string, accountIds: readonly string[]): void {
  db.prepare('DELETE FROM group_facilitators WHERE group_id = ?').run(groupId);
  const insert = db.prepare('INSERT INTO group_facilitators (group_id, account_id) VALUES (?, ?)');
  for (const id of accountIds) insert.run(groupId, id);
}

/** Active accounts holding the facilitator role, by name. */
export function listFacilitatorAccounts(db: Db): { id: string; full_name: string }[] {
  return db
    .prepare(
      `SELECT id, full_name FROM accounts
       WHERE active = 1 AND EXISTS (SELECT 1 FROM json_each(accounts.roles) WHERE value = 'facilitator')
       ORDER BY full_name, id`,
    )
    .all() as { id: string; full_name: string }[];
}

const MEMBER = `SELECT m.id, m.group_id, m.client_id, c.code, m.alias, m.language, m.joined_on, m.left_on, m.leaving_reason, m.leaving_note
  FROM group_members m JOIN clients c ON c.id = m.client_id`;

export function insertMember(
  db: Db,
  row: Omit<MemberRow, 'code' | 'left_on' | 'leaving_reason' | 'leaving_note'> & { created_by: string; created_at: string },
): void {
  db.prepare(
    `INSERT INTO group_members (id, group_id, client_id, alias, language, joined_on, created_by, created_at, updated_at)
     VALUES (@id, @group_id, @client_id, @alias, @language, @joined_on, @created_by, @created_at, @created_at)`,
  ).run(row);
}

export function findMember(db: Db, id: string): MemberRow | undefined {
  return db.prepare(`${MEMBER} WHERE m.id = ?`).get(id) as MemberRow | undefined;
}

/** A group's memberships: open ones first by alias, then ended ones, latest first. */
export function listMembers(db: Db, groupId: string): MemberRow[] {
  return db
    .prepare(`${MEMBER} WHERE m.group_id = ? ORDER BY m.left_on IS NOT NULL, m.left_on DESC, m.alias, m.id`)
    .all(groupId) as MemberRow[];
}

export function hasOpenMembership(db: Db, groupId: string, clientId: string): boolean {
  return (
    db.prepare('SELECT 1 FROM group_members WHERE group_id = ? AND client_id = ? AND left_on IS NULL').get(groupId, clientId) !==
    undefined
  );
}

export function countOpenMembers(db: Db, groupId: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM group_members WHERE group_id = ? AND left_on IS NULL').get(groupId) as { n: number }
  ).n;
}

export function updateMember(
  db: Db,
  id: string,
  fields: { alias: string; language: MemberRow['language']; updated_at: string },
): void {
  db.prepare('UPDATE group_members SET alias = @alias, language = @language, updated_at = @updated_at WHERE id = @id').run({
    ...fields,
    id,
  });
}

/** Ends an open membership; returns false when it had already ended. */
export function endMembership(
  db: Db,
  id: string,
  fields: { left_on: string; leaving_reason: NonNullable<MemberRow['leaving_reason']>; leaving_note: string; updated_at: string },
): boolean {
  return (
    db
      .prepare(
        `UPDATE group_members SET left_on = @left_on, leaving_reason = @leaving_reason, leaving_note = @leaving_note, updated_at = @updated_at
         WHERE id = @id AND left_on IS NULL`,
      )
      .run({ ...fields, id }).changes === 1
  );
}

/** Ends every open membership of a group (the group finished); returns the memberships ended. */
export function endOpenMemberships(db: Db, groupId: string, leftOn: string, at: string): string[] {
  const ids = (
    db.prepare('SELECT id FROM group_members WHERE group_id = ? AND left_on IS NULL').all(groupId) as { id: string }[]
  ).map((r) => r.id);
  db.prepare(
    `UPDATE group_members SET left_on = max(@left_on, joined_on), leaving_reason = 'completed', updated_at = @at
     WHERE group_id = @group_id AND left_on IS NULL`,
  ).run({ group_id: groupId, left_on: leftOn, at });
  return ids;
}

export type HistoryRow = {
  member_id: string;
  group_id: string;
  group_name: string;
  programme_type: GroupRow['programme_type'];
  joined_on: string;
  left_on: string | null;
  leaving_reason: MemberRow['leaving_reason'];
};

/** Every membership of a client, oldest first. */
export function listClientMemberships(db: Db, clientId: string): HistoryRow[] {
  return db
    .prepare(
      `SELECT m.id AS member_id, g.id AS group_id, g.name AS group_name, g.programme_type, m.joined_on, m.left_on, m.leaving_reason
       FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.client_id = ? ORDER BY m.joined_on, m.created_at, m.id`,
    )
    .all(clientId) as HistoryRow[];
}
