import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { SignedInInfo, VaultStatus } from '../../../electron/contract/schemas';
import { type AppError, call, onUnauthenticated, subscribe } from '../../api';
import { flushPendingSaves } from '../../hooks/pendingSaves';
import { applyLanguage } from '../../i18n';
import { capturePlace, forgetPlace } from '../shell/place';

/**
 * How long a lock by hand waits for the pending saves, and how long the renderer takes at most to
 * answer the backend's flush request (the backend itself waits 3 s, lockFlush.ts): a save that
 * hangs must not keep the screen unlocked.
 */
const LOCK_FLUSH_BOUND_MS = 3_000;
const ANSWER_FLUSH_BOUND_MS = 2_500;

export type Vault = {
  status: VaultStatus | null;
  /** Set when vault:status itself failed; the app shows a retry screen. */
  loadError: AppError | null;
  refresh(): Promise<void>;
  /** A channel returned a fresh session (password or language changed). */
  applySignedIn(signedIn: SignedInInfo): void;
  /**
   * Locks: sends every pending save first (at most 3 s), then shows the lock screen at once,
   * before the backend confirms. Remembers where the person was, for their unlock.
   */
  lock(): Promise<void>;
  signOut(): Promise<void>;
};

const VaultContext = createContext<Vault | null>(null);

/** Language for the current screen: the signed-in person's, or the one chosen for the sign-in screens. */
const languageOf = (status: VaultStatus): VaultStatus['language'] => status.signedIn?.account.language ?? status.language;

/** Shows the lock screen immediately, before the backend confirms, and forgets the session. */
function lockedFrom(status: VaultStatus | null): VaultStatus | null {
  if (!status) return status;
  const account = status.signedIn?.account;
  return {
    ...status,
    state: status.state === 'signed-in' || status.state === 'locked' ? 'locked' : status.state,
    signedIn: null,
    // The lock screen speaks the locking person's language at once, as the backend's status will (vaultStatus.ts).
    language: account?.language ?? status.language,
    lockedUser: account ? { username: account.username, fullName: account.fullName } : status.lockedUser,
  };
}

export function VaultProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const request = useRef(0);

  const refresh = useCallback((): Promise<void> => {
    const mine = ++request.current;
    return call('vault:status', {}).then((result) => {
      if (mine !== request.current) return; // a newer read is on its way
      if (result.ok) {
        setLoadError(null);
        setStatus(result.value);
      } else {
        setLoadError(result.error);
      }
    });
  }, []);

  const applySignedIn = useCallback((signedIn: SignedInInfo) => {
    setStatus((previous) => (previous ? { ...previous, state: 'signed-in', signedIn, lockedUser: null } : previous));
  }, []);

  // Unmounting the signed-in screens drops every record they held in memory.
  const dropSession = useCallback(() => setStatus(lockedFrom), []);

  const locking = useRef(false);
  const lock = useCallback(async () => {
    if (locking.current) return;
    locking.current = true;
    try {
      capturePlace();
      // Typed a second ago and the autosave still waits out its pause: it is sent before the vault closes.
      await flushPendingSaves(LOCK_FLUSH_BOUND_MS);
      dropSession();
      await call('auth:lock', {});
      await refresh();
    } finally {
      locking.current = false;
    }
  }, [dropSession, refresh]);

  const signOut = useCallback(async () => {
    await flushPendingSaves(LOCK_FLUSH_BOUND_MS);
    forgetPlace();
    await call('auth:signOut', {});
    await refresh();
  }, [refresh]);

  useEffect(() => {
    void refresh();
    onUnauthenticated(() => void refresh());
    const unsubscribe = subscribe((event) => {
      if (event.type === 'auth:flushRequested') {
        // The backend is about to lock (idle, suspend, screen lock): save what is typed, then say so.
        capturePlace();
        void flushPendingSaves(ANSWER_FLUSH_BOUND_MS).then(() => call('auth:flushed', { requestId: event.requestId }));
      }
      if (event.type === 'auth:locked') {
        capturePlace();
        dropSession();
        void refresh();
      }
    });
    return () => {
      onUnauthenticated(null);
      unsubscribe();
    };
  }, [refresh, dropSession]);

  useEffect(() => {
    if (status) applyLanguage(languageOf(status));
  }, [status]);

  const value = useMemo<Vault>(
    () => ({ status, loadError, refresh, applySignedIn, lock, signOut }),
    [status, loadError, refresh, applySignedIn, lock, signOut],
  );
  return <VaultContext.Provider value={value}>{children}</VaultContext.Provider>;
}

export function useVault(): Vault {
  const vault = useContext(VaultContext);
  if (!vault) throw new Error('useVault outside VaultProvider');
  return vault;
}

/** The signed-in session; only for components rendered inside the app shell. */
export function useSignedIn(): SignedInInfo {
  const { status } = useVault();
  if (!status?.signedIn) throw new Error('useSignedIn without a session');
  return status.signedIn;
}
