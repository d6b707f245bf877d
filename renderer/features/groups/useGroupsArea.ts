import { useCallback } from 'react';
import { useAreaState } from '../shell/areaState';
import type { AttendanceLine } from './model/attendanceGrid';

/** Where the person is inside Groups. */
export type GroupsView =
  | { kind: 'list'; tab?: ListTab }
  | { kind: 'new' }
  | { kind: 'edit'; groupId: string }
  | { kind: 'group'; groupId: string; tab?: GroupTab }
  | { kind: 'session'; groupId: string; sessionId: string }
  | { kind: 'member'; groupId: string; memberId: string };

/** The Groups list page shows the groups as a table or their sessions on a calendar. */
export const LIST_TABS = ['list', 'calendar'] as const;
export type ListTab = (typeof LIST_TABS)[number];

export const GROUP_TABS = ['members', 'sessions', 'calendar', 'dashboard'] as const;
export type GroupTab = (typeof GROUP_TABS)[number];

/** Unsaved input of a session's screen: the attendance grid and the note draft. */
export interface SessionDrafts {
  attendance?: AttendanceLine[];
  note?: string;
}

/**
 * The Groups area's place, kept in the shell's area store: while a member draws in client mode
 * no page is rendered, and the facilitator must come back to the same session. Locking or
 * signing out drops the store.
 */
export function useGroupsView(): { view: GroupsView; go: (view: GroupsView) => void } {
  const [view, setView] = useAreaState<GroupsView>('groupsArea:view', { kind: 'list' });
  return { view, go: setView };
}

/** A session's unsaved input, kept in the shell's area store so client mode or another page does not lose it. */
export function useSessionDrafts(sessionId: string): [SessionDrafts, (patch: SessionDrafts) => void] {
  const [drafts, setDrafts] = useAreaState<SessionDrafts>(`groupsArea:drafts:${sessionId}`, {});
  const update = useCallback((patch: SessionDrafts) => setDrafts({ ...drafts, ...patch }), [drafts, setDrafts]);
  return [drafts, update];
}
