import { useEffect } from 'react';
import { useDrawingAreaContext } from '../drawing/useDrawingArea';
import { GroupFormPage } from './form/GroupFormPage';
import { GroupPage } from './group/GroupPage';
import { GroupList } from './list/GroupList';
import { MemberProgressPage } from './progress/MemberProgressPage';
import { SessionPage } from './session/SessionPage';
import { useGroupsView } from './useGroupsArea';
import './groups.css';

/** The Groups area: list, group form, a group's page, a session, a member's progress. */
export function GroupsPage() {
  const { view, go } = useGroupsView();
  const { focus, clearFocus } = useDrawingAreaContext();

  // Only the Drawings page uses the "open this drawing next" mark; a group drawing is shown on its session page.
  useEffect(() => {
    if (focus) clearFocus();
  }, [focus, clearFocus]);

  switch (view.kind) {
    case 'list':
      return (
        <GroupList
          tab={view.tab ?? 'list'}
          onTab={(tab) => go({ kind: 'list', tab })}
          onOpen={(groupId) => go({ kind: 'group', groupId })}
          onOpenSession={(groupId, sessionId) => go({ kind: 'session', groupId, sessionId })}
          onNew={() => go({ kind: 'new' })}
        />
      );
    case 'new':
      return <GroupFormPage groupId={null} onDone={(groupId) => go(groupId ? { kind: 'group', groupId } : { kind: 'list' })} />;
    case 'edit':
      return <GroupFormPage groupId={view.groupId} onDone={() => go({ kind: 'group', groupId: view.groupId })} />;
    case 'group':
      return <GroupPage groupId={view.groupId} tab={view.tab ?? 'members'} go={go} />;
    case 'session':
      return <SessionPage key={view.sessionId} groupId={view.groupId} sessionId={view.sessionId} go={go} />;
    case 'member':
      return <MemberProgressPage groupId={view.groupId} memberId={view.memberId} go={go} />;
  }
}
