import { APP_ORIGIN } from './appProtocol';

/**
 * The app never talks to a network: every request that is not the app's own files or an
 * in-memory data/blob URL is cancelled at the session level.
 */
export function isAllowedRequest(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return isAppUrl(url);
}

/** True for URLs of the app's own origin; navigation anywhere else is denied. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** IPC is answered only for our own top-level frame (Electron security checklist, item 17). */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
