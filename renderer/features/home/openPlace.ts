import type { HomePlace } from '../../../electron/contract/homeChannels';
import type { AreaStore } from '../shell/areaState';
import type { Route } from '../shell/routes';
import { RESUME_KEY } from '../drawing/area/resumeRequest';

/**
 * Where a home item opens, in one step: the area's position is written into the shell's area store (the
 * same entries the Clients and Groups areas keep themselves: clients:view, groupsArea:view), then the area
 * is shown and reads it as it mounts. Returns the route to show.
 */
export function openPlace(place: HomePlace, store: AreaStore | null, now: number): Route {
  switch (place.area) {
    case 'client':
      store?.set('clients:view', { kind: 'client', clientId: place.clientId, visit: now });
      return 'clients';
    case 'assessment':
      store?.set('clients:view', { kind: 'assessment', clientId: place.clientId, assessmentId: place.assessmentId });
      return 'clients';
    case 'drawings':
      store?.set(RESUME_KEY, place.drawingId);
      return 'drawings';
    case 'groupSession':
      store?.set('groupsArea:view', { kind: 'session', groupId: place.groupId, sessionId: place.sessionId });
      return 'groups';
    case 'groupMember':
      store?.set('groupsArea:view', { kind: 'member', groupId: place.groupId, memberId: place.memberId });
      return 'groups';
    case 'accounts':
    case 'backup':
    case 'audit':
      return place.area;
  }
}
