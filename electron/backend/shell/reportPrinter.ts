import type { RenderPdfPort } from '../services/context';
import { APP_SCHEME } from './appProtocol';
import { ReportPages } from './reportPages';

/**
 * The PDF report (issue 5): the backend's self-contained HTML, printed in a hidden window with
 * JavaScript off and no preload, in an in-memory session of its own (nothing written to disk, no
 * temporary file) that answers exactly the report's URL and refuses every other request.
 *
 * Electron comes in as ports (main.ts passes `session.fromPartition` and `BrowserWindow`), so this
 * runs in the unit tests without it. The window's options stay written out at `new BrowserWindow`,
 * where Electronegativity (npm run lint:security) reads them.
 */

/** What the printer needs of an Electron session. */
export interface PrinterSession {
  protocol: { handle(scheme: string, handler: (request: { url: string }) => Response): void };
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** What the printer needs of an Electron window. */
export interface PrinterWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Buffer>;
  };
  destroy(): void;
}

/** The printing window's options: every one is also Electron's, so its BrowserWindow fits. */
export interface PrinterWindowOptions<S> {
  show: boolean;
  webPreferences: {
    session: S;
    javascript: boolean;
    sandbox: boolean;
    contextIsolation: boolean;
    nodeIntegration: boolean;
    nodeIntegrationInWorker: boolean;
    nodeIntegrationInSubFrames: boolean;
    webviewTag: boolean;
    webSecurity: boolean;
    allowRunningInsecureContent: boolean;
    experimentalFeatures: boolean;
    disableBlinkFeatures: string;
    spellcheck: boolean;
    navigateOnDragDrop: boolean;
    devTools: boolean;
  };
}

export interface PrinterPorts<S extends PrinterSession> {
  /** `session.fromPartition`: an in-memory session when `cache` is false. */
  partition(name: string, options: { cache: boolean }): S;
  BrowserWindow: new (options: PrinterWindowOptions<S>) => PrinterWindow;
}

/** `renderPdf` for the backend (openBackend's port): one session for every report, made on first use. */
export function reportPrinter<S extends PrinterSession>({ partition, BrowserWindow }: PrinterPorts<S>): RenderPdfPort {
  const pages = new ReportPages();
  let reportSession: S | null = null;
  const sessionOnce = (): S => {
    if (reportSession) return reportSession;
    const ses = partition('kenes-report', { cache: false });
    ses.protocol.handle(APP_SCHEME, (request) => {
      const page = pages.respond(request.url);
      return page.status === 404
        ? new Response('', { status: 404 })
        : new Response(page.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    });
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !pages.allows(details.url) }));
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    reportSession = ses;
    return ses;
  };

  return async (html) => {
    const url = pages.add(html);
    const printer = new BrowserWindow({
      show: false,
      // The main window's checklist, and no JavaScript at all: the report is static HTML.
      webPreferences: {
        session: sessionOnce(),
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
        spellcheck: false,
        navigateOnDragDrop: false,
        devTools: false,
      },
    });
    try {
      await printer.loadURL(url);
      return await printer.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      pages.remove(url);
      printer.destroy();
    }
  };
}
