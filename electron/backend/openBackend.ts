import type { ChannelInput, ChannelName, ChannelOutput } from '../contract/channels';
import type { Result } from '../contract/errors';
import type { BackendEvent, LockReason } from '../contract/schemas';
import { type Logger, dispatch } from './dispatch';
import { handlers } from './handlers';
import type { OpenFolderPort, PickFilesPort, PublicContext, RenderPdfPort, SaveFilePort } from './services/context';
import { FLUSH_BOUND_MS, IDLE_WARNING_MS, idleLockInMs, requestFlush } from './services/vault/lockFlush';
import { startAutomaticBackup } from './services/backup/automatic';
import { settleBackups } from './services/backup/backupJob';
import { finishInterruptedRestore } from './services/backup/restore';
import { lockVault, signOut } from './services/vault/signInService';
import type { ScryptCost } from './vault/kdf';
import { Vault } from './vault/vault';

export type BackendOptions = {
  /** The folder holding vault.db, vault.key and ui.json. */
  dataDir: string;
  /** scrypt cost for new key wraps; defaults to N=2^17, r=8, p=1. Tests may lower it. */
  kdfCost?: ScryptCost;
  /** Clock, for tests of idle locking and sign-in delays. */
  now?: () => number;
  /**
   * The longest wait between idle checks; the backend also checks exactly when the idle warning and
   * the idle lock are due. 0 turns the timer off (tests call checkIdle).
   */
  idleCheckMs?: number;
  /** How long a lock waits for the renderer's pending saves (lockFlush.ts); default 3 s. */
  flushBoundMs?: number;
  log?: Logger;
  /** Where exports are saved (Electron: the save dialog). Without it, drawings:exportPng fails with EXPORT_UNAVAILABLE. */
  saveFile?: SaveFilePort;
  /** Renders the PDF report's HTML (Electron: printToPDF in a hidden window). Without it, assessments:exportPdf fails with EXPORT_UNAVAILABLE. */
  renderPdf?: RenderPdfPort;
  /** Shows the data folder in the file manager (Electron: shell.openPath), from the damaged-vault screen. */
  openFolder?: OpenFolderPort;
  /** Backups: folder and backup-file pickers, and the app version for the backup header (services/backup/). */
  pickFolder?: () => Promise<string | null>;
  pickBackupFile?: () => Promise<string | null>;
  /** Files the backend reads (CSV lists, keys, bundles): the system's open-file picker. */
  pickFiles?: PickFilesPort;
  appVersion?: string;
};

export type Backend = {
  /** The single dispatch used by Electron's ipcMain, integration tests and the e2e harness. */
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Untyped entry for transports: validates everything itself. */
  invokeRaw(channel: unknown, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: BackendEvent) => void): () => void;
  /**
   * Locks now (system suspend, screen lock), after the renderer has sent its pending saves or the
   * flush bound has passed; a no-op when nobody is signed in.
   */
  lock(reason: LockReason): Promise<void>;
  /**
   * One idle check: announces the idle lock in its last minute (auth:idleWarning), and locks like
   * lock('idle') once it is due. True when it locked.
   */
  checkIdle(): Promise<boolean>;
  /** Signs out, closes the database and gives up the data folder's lock: app quit. */
  close(): Promise<void>;
};

/**
 * Builds the whole backend in plain Node. Never imports 'electron'. It takes the data folder's lock
 * file (vault/lockFile.ts); when another backend holds it, every call answers VAULT_IN_USE and no
 * vault file is touched.
 */
export function openBackend(options: BackendOptions): Backend {
  const vault = new Vault(options);
  const listeners = new Set<(event: BackendEvent) => void>();
  const log: Logger = options.log ?? ((line) => process.stderr.write(`[kenes] ${line}\n`));
  const ctx: PublicContext = {
    vault,
    emit: (event) => {
      for (const l of listeners) l(event);
    },
    saveFile: options.saveFile,
    renderPdf: options.renderPdf,
    openFolder: options.openFolder,
    pickFolder: options.pickFolder,
    pickBackupFile: options.pickBackupFile,
    pickFiles: options.pickFiles,
    appVersion: options.appVersion,
  };
  // A restore interrupted by a crash is finished before anything reads the folder (services/backup/restore.ts).
  const folderProblem = vault.problem();
  if (typeof folderProblem !== 'object' || folderProblem?.code !== 'VAULT_IN_USE') finishInterruptedRestore(vault.paths);
  // One call at a time: sign-in and key-file updates await scrypt, and must not interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T> | T): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  // The idle warning: sent once when the last minute starts, withdrawn (null) when activity moves the lock away.
  let warned = false;
  const warn = (left: number | null) => {
    if (left !== null && left > 0 && left <= IDLE_WARNING_MS) {
      if (!warned) ctx.emit({ type: 'auth:idleWarning', lockInMs: left });
      warned = true;
    } else if (warned) {
      warned = false;
      if (left !== null) ctx.emit({ type: 'auth:idleWarning', lockInMs: null });
    }
  };

  const invokeRaw = (channel: unknown, input: unknown) =>
    serial(async () => {
      const result = await dispatch(ctx, handlers, channel, input, log);
      // A call from the person moved the idle lock: the countdown on screen must go (not the flush's own saves).
      if (warned && !locking) warn(idleLockInMs(ctx));
      return result;
    });

  // Every lock the backend starts waits for the flush OUTSIDE the queue (the flush's saves go through
  // it), then locks unconditionally: those saves postpone the idle time but must not cancel the lock.
  const flushBoundMs = options.flushBoundMs ?? FLUSH_BOUND_MS;
  let locking: Promise<void> | null = null;
  const lockAfterFlush = (reason: LockReason): Promise<void> => {
    if (locking) return locking;
    if (!vault.currentSignIn()) return Promise.resolve();
    const run = async () => {
      try {
        // Nobody listening (integration tests): nothing can be pending, lock at once.
        if (listeners.size > 0) await requestFlush(ctx, reason, flushBoundMs);
        await serial(() => lockVault(ctx, reason));
      } finally {
        locking = null;
        warned = false;
      }
    };
    locking = run();
    return locking;
  };

  const idleCheck = async (): Promise<boolean> => {
    const left = await serial(() => idleLockInMs(ctx));
    if (left === 0) {
      await lockAfterFlush('idle');
      return true;
    }
    warn(left);
    return false;
  };

  // Checks at most every idleCheckMs, and exactly when the warning or the lock is due, so the
  // countdown on screen and the lock agree to the second.
  const checkEvery = options.idleCheckMs ?? 15_000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  const schedule = () => {
    if (closed || checkEvery <= 0) return;
    const left = idleLockInMs(ctx);
    const due = left === null ? checkEvery : left > IDLE_WARNING_MS ? left - IDLE_WARNING_MS : left;
    timer = setTimeout(() => void idleCheck().then(schedule, schedule), Math.max(20, Math.min(checkEvery, due)));
    timer.unref();
  };
  schedule();

  return {
    invoke: (channel, input) => invokeRaw(channel, input) as never,
    invokeRaw,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lock: lockAfterFlush,
    checkIdle: idleCheck,
    close: () =>
      serial(async () => {
        closed = true;
        if (timer) clearTimeout(timer);
        try {
          // The automatic backup at quit starts before the database closes; quit waits for it (and any other).
          startAutomaticBackup(ctx);
          signOut(ctx);
        } finally {
          await settleBackups(vault);
          vault.release();
        }
      }),
  };
}
