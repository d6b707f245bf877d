import type { ChannelInput, ChannelName, ChannelOutput } from '../contract/channels';
import type { Result } from '../contract/errors';
import type { BackendEvent, LockReason } from '../contract/schemas';
import { type Logger, dispatch } from './dispatch';
import { handlers } from './handlers';
import type { OpenFolderPort, PublicContext, RenderPdfPort, SaveFilePort } from './services/context';
import { lockIfIdle, lockVault, signOut } from './services/vault/signInService';
import type { ScryptCost } from './vault/kdf';
import { Vault } from './vault/vault';

export type BackendOptions = {
  /** The folder holding vault.db, vault.key and ui.json. */
  dataDir: string;
  /** scrypt cost for new key wraps; defaults to N=2^17, r=8, p=1. Tests may lower it. */
  kdfCost?: ScryptCost;
  /** Clock, for tests of idle locking and sign-in delays. */
  now?: () => number;
  /** How often to check for idleness; 0 turns the timer off (tests call checkIdle). */
  idleCheckMs?: number;
  log?: Logger;
  /** Where exports are saved (Electron: the save dialog). Without it, drawings:exportPng fails with EXPORT_UNAVAILABLE. */
  saveFile?: SaveFilePort;
  /** Renders the PDF report's HTML (Electron: printToPDF in a hidden window). Without it, assessments:exportPdf fails with EXPORT_UNAVAILABLE. */
  renderPdf?: RenderPdfPort;
  /** Shows the data folder in the file manager (Electron: shell.openPath), from the damaged-vault screen. */
  openFolder?: OpenFolderPort;
};

export type Backend = {
  /** The single dispatch used by Electron's ipcMain, integration tests and the e2e harness. */
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Untyped entry for transports: validates everything itself. */
  invokeRaw(channel: unknown, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: BackendEvent) => void): () => void;
  /** Locks now (system suspend, screen lock); a no-op when nobody is signed in. */
  lock(reason: LockReason): Promise<void>;
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
  };
  // One call at a time: sign-in and key-file updates await scrypt, and must not interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T> | T): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const invokeRaw = (channel: unknown, input: unknown) => serial(() => dispatch(ctx, handlers, channel, input, log));
  const timer =
    (options.idleCheckMs ?? 15_000) > 0
      ? setInterval(() => void serial(() => lockIfIdle(ctx)), options.idleCheckMs ?? 15_000)
      : null;
  timer?.unref();

  return {
    invoke: (channel, input) => invokeRaw(channel, input) as never,
    invokeRaw,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    lock: (reason) => serial(() => lockVault(ctx, reason)),
    checkIdle: () => serial(() => lockIfIdle(ctx)),
    close: () =>
      serial(() => {
        if (timer) clearInterval(timer);
        try {
          signOut(ctx);
        } finally {
          vault.release();
        }
      }),
  };
}
