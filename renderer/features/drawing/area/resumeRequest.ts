import type { AreaStore } from '../../shell/areaState';

/**
 * The area-store entry (shell/areaState.ts) by which another screen asks the Drawings area to open one
 * unfinished drawing's Resume dialog: Home's "unfinished drawings" writes the drawing's id, and the
 * Drawings list takes it once it has loaded. Not kept across a lock (not in PLACE_KEYS): the dialog
 * hands the screen to a client, which must be asked for again after an unlock.
 */
export const RESUME_KEY = 'drawings:resume';

/** The drawing whose Resume dialog was asked for, if any. */
export function resumeRequest(store: AreaStore | null): string | null {
  const id = store?.get(RESUME_KEY);
  return typeof id === 'string' ? id : null;
}

/** The request is answered: the list does not open the dialog again when shown again. */
export function forgetResumeRequest(store: AreaStore | null): void {
  store?.delete(RESUME_KEY);
}
