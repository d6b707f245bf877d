import type { BackendEvent } from '../../contract/schemas';
import type { Db } from '../db/connection';
import { type AuditEvent, appendAudit } from '../db/repos/auditRepo';
import type { Vault } from '../vault/vault';

/**
 * Saves an exported file where the person chooses (in Electron, a save dialog and a write). Returns
 * saved: false when the person cancelled, and then must have written nothing. `location` is for the
 * caller's UI only; the backend neither stores nor audits it (a path can hold a client's name).
 */
export type SaveFilePort = (suggestedName: string, bytes: Buffer) => Promise<{ saved: boolean; location?: string }>;

/**
 * Renders a self-contained HTML page (no scripts, no network) to an A4 PDF: in Electron, a hidden
 * sandboxed window and printToPDF; in tests, Chromium through Playwright. Used by the PDF report.
 */
export type RenderPdfPort = (html: string) => Promise<Buffer>;

/**
 * Shows a folder in the system's file manager (Electron: shell.openPath). Used only by the
 * damaged-vault screen, so the person can copy the folder or put a saved copy back.
 */
export type OpenFolderPort = (path: string) => Promise<boolean>;

/** What to offer in the open-file picker: one kind of file by extension (no dot), one file or several. */
export type PickFilesRequest = { name: string; extensions: readonly string[]; multiple: boolean };
export type PickFilesPort = (request: PickFilesRequest) => Promise<string[] | null>;

/** The ports to the outside world a transport may offer; each is absent when it cannot. */
export type Ports = {
  /** Absent when the transport offers no way to save files: exports then fail with EXPORT_UNAVAILABLE. */
  saveFile?: SaveFilePort | undefined;
  /** Absent when the transport cannot render PDFs: the report export then fails with EXPORT_UNAVAILABLE. */
  renderPdf?: RenderPdfPort | undefined;
  /** Absent when the transport has no file manager: vault:openDataFolder then fails with EXPORT_UNAVAILABLE. */
  openFolder?: OpenFolderPort | undefined;
  /** Backups (issue 16): the system's folder picker; null when cancelled. Absent: BACKUP channels answer EXPORT_UNAVAILABLE. */
  pickFolder?: (() => Promise<string | null>) | undefined;
  /** Backups (issue 16): the system's open-file picker for a backup file; null when cancelled. */
  pickBackupFile?: (() => Promise<string | null>) | undefined;
  /**
   * The system's open-file picker for files the backend reads (a CSV list, a supervisor's key, bundles):
   * paths of the chosen files, or null when cancelled. The renderer never sends a path. Absent: the
   * channels that read files answer EXPORT_UNAVAILABLE.
   */
  pickFiles?: PickFilesPort | undefined;
  /** The app's version, written into each backup's header. */
  appVersion?: string | undefined;
};

/**
 * What a public channel's handler receives (nobody need be signed in): the vault's keys and
 * locking, the event sink and the ports. Signed-in handlers get a SignedInContext (signedIn.ts).
 */
export type PublicContext = Ports & {
  vault: Vault;
  emit(event: BackendEvent): void;
};

/**
 * Writes one audit row stamped with the vault's clock, for the vault's own work before or around a
 * sign-in (set-up, sign-in, recovery, locking), where no signed-in context exists yet or any more.
 */
export function auditVault(ctx: PublicContext, db: Db, event: AuditEvent): void {
  appendAudit(db, event, new Date(ctx.vault.now()));
}
