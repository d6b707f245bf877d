import type { BackendEvent } from '../../contract/schemas';
import { type AuditEvent, appendAudit } from '../db/repos/auditRepo';
import type { Db } from '../db/connection';
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

/** What every service receives: the vault, the clock, the event sink and the ports to the outside. */
export type ServiceContext = {
  vault: Vault;
  emit(event: BackendEvent): void;
  /** Absent when the transport offers no way to save files: exports then fail with EXPORT_UNAVAILABLE. */
  saveFile?: SaveFilePort | undefined;
  /** Absent when the transport cannot render PDFs: the report export then fails with EXPORT_UNAVAILABLE. */
  renderPdf?: RenderPdfPort | undefined;
  /** Absent when the transport has no file manager: vault:openDataFolder then fails with EXPORT_UNAVAILABLE. */
  openFolder?: OpenFolderPort | undefined;
};

/** The vault's clock as the ISO text every table stores. */
export const nowIso = (ctx: ServiceContext): string => new Date(ctx.vault.now()).toISOString();

/** Writes one audit row stamped with the vault's clock. */
export function audit(ctx: ServiceContext, db: Db, event: AuditEvent): void {
  appendAudit(db, event, new Date(ctx.vault.now()));
}
