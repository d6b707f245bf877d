// Electron wiring only: every decision lives in electron/backend (plain Node, tested without Electron).
import { extname, join } from 'node:path';
import { BrowserWindow, Menu, type Session, app, dialog, ipcMain, powerMonitor, protocol, session, shell } from 'electron';
import type { OpenDialogOptions } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from './contract/api';
import { openBackend } from './backend/openBackend';
import { APP_ENTRY_URL, APP_SCHEME, serveAppFile } from './backend/shell/appProtocol';
import { isAllowedRequest, isAppUrl, isTrustedSender } from './backend/shell/networkPolicy';
import { startScreenLockPoller } from './backend/shell/screenLockPoller';
import { ReportPages } from './backend/shell/reportPages';
import { forbiddenSwitches } from './backend/shell/startupGuards';
import { writeFileAtomic } from './backend/vault/atomicFile';

let window: BrowserWindow | null = null;
let quitting = false;

/**
 * The PDF report (issue 5): the backend's self-contained HTML, printed in a hidden window with
 * JavaScript off and no preload, in an in-memory session of its own (nothing written to disk, no
 * temporary file) that answers exactly the report's URL and refuses every other request.
 */
const reportPages = new ReportPages();
let reportSession: Session | null = null;
function reportSessionOnce(): Session {
  if (reportSession) return reportSession;
  const ses = session.fromPartition('kenes-report', { cache: false });
  ses.protocol.handle(APP_SCHEME, (request) => {
    const page = reportPages.respond(request.url);
    return page.status === 404
      ? new Response('', { status: 404 })
      : new Response(page.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !reportPages.allows(details.url) }));
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  reportSession = ses;
  return ses;
}
async function renderPdf(html: string): Promise<Buffer> {
  const url = reportPages.add(html);
  const printer = new BrowserWindow({
    show: false,
    // The main window's checklist, and no JavaScript at all: the report is static HTML.
    webPreferences: {
      session: reportSessionOnce(),
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
    reportPages.remove(url);
    printer.destroy();
  }
}

/** The system's open dialog, over the window when there is one; null when cancelled. */
async function pickPaths(options: OpenDialogOptions): Promise<string[] | null> {
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return choice.canceled || choice.filePaths.length === 0 ? null : choice.filePaths;
}

const pickOne = async (options: OpenDialogOptions) => (await pickPaths(options))?.[0] ?? null;

/** The app, once it is the only instance and started without debugging switches. */
function start(): void {
  // supportFetchAPI: the renderer fetches its own files (the About page's SBOM and licences); CSP
  // connect-src 'self' still keeps fetch to app:// itself.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.enableSandbox();
  app.on('before-quit', () => {
    quitting = true;
  });
  const backend = openBackend({
    dataDir: join(app.getPath('userData'), 'vault'),
    // Exports leave the vault only where the person chooses, through the system's save dialog.
    async saveFile(suggestedName, bytes) {
      const extension = extname(suggestedName).slice(1);
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      // Atomic: a bundle or report on a USB stick pulled out mid-write is absent, never half a file.
      writeFileAtomic(choice.filePath, bytes, { exported: true });
      return { saved: true, location: choice.filePath };
    },
    renderPdf,
    // The damaged-vault screen shows the data folder; openPath answers '' on success, else the error text.
    openFolder: async (path) => (await shell.openPath(path)) === '',
    // Backups (issue 16): the system's pickers; the backend keeps the chosen path, the renderer never sends one.
    appVersion: app.getVersion(),
    pickFolder: () => pickOne({ properties: ['openDirectory', 'createDirectory'] }),
    pickBackupFile: () => pickOne({ properties: ['openFile'], filters: [{ name: 'Kenes (.kbak)', extensions: ['kbak'] }] }),
    pickFiles: ({ name, extensions, multiple }) =>
      pickPaths({
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
        filters: [{ name, extensions: [...extensions] }],
      }),
  });

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => isAppUrl(url) || event.preventDefault());
    contents.on('will-redirect', (event, url) => isAppUrl(url) || event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Client mode refuses to close its window (beforeunload); a system shutdown or quit still wins.
    contents.on('will-prevent-unload', (event) => quitting && event.preventDefault());
  });

  app.whenReady().then(() => {
    const rendererDir = join(import.meta.dirname, '../renderer');
    protocol.handle(APP_SCHEME, (request) => {
      const file = serveAppFile(rendererDir, request.url);
      return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
    });
    session.defaultSession.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !isAllowedRequest(details.url) }),
    );
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);

    ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame === event.sender.mainFrame)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'untrusted sender' } };
      }
      return backend.invokeRaw(channel, input);
    });
    backend.onEvent((e) => {
      // While a client has the screen the window is a kiosk: no task switcher, no leaving full screen.
      if (e.type === 'clientMode:changed') window?.setKiosk(e.active);
      window?.webContents.send(IPC_EVENT, e);
    });
    powerMonitor.on('suspend', () => void backend.lock('suspend'));
    powerMonitor.on('lock-screen', () => void backend.lock('screen-lock'));
    // Linux has no lock-screen event, so the screen is polled (everywhere: a second lock is a no-op).
    const stopPolling = startScreenLockPoller({
      idleState: () => powerMonitor.getSystemIdleState(60),
      onLocked: () => void backend.lock('screen-lock'),
    });
    app.on('will-quit', stopPolling);

    // No menu: no reload, devtools or navigation accelerators.
    Menu.setApplicationMenu(null);
    window = new BrowserWindow({
      width: 1280,
      height: 860,
      minWidth: 960,
      minHeight: 640,
      show: false,
      backgroundColor: '#f6f7f5',
      // Electron security checklist; written out here so Electronegativity (npm run lint:security) can read it.
      webPreferences: {
        preload: join(import.meta.dirname, '../preload/preload.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        // Middle-click must not open links in new windows.
        disableBlinkFeatures: 'Auxclick',
        // The spellchecker can send words to an online service.
        spellcheck: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        // Developer tools only in development builds; a packaged app has none to open.
        devTools: !app.isPackaged,
      },
    });
    window.once('ready-to-show', () => window?.show());
    void window.loadURL(APP_ENTRY_URL);
  });

  // Every way out closes the backend first (sign-out audited, WAL folded in, key wiped, vault.lock
  // released): closing the window, and app.quit() from a system shutdown or the OS menu, which
  // does not pass through window-all-closed.
  let backendClosed = false;
  const closeThenQuit = () => {
    void backend.close().finally(() => {
      backendClosed = true;
      app.quit();
    });
  };
  app.on('window-all-closed', closeThenQuit);
  app.on('will-quit', (event) => {
    if (backendClosed) return;
    event.preventDefault();
    closeThenQuit();
  });
}

// Checked before anything opens the vault: a debugger could read the unlocked data key (issue 10).
const debugSwitches = forbiddenSwitches(
  app.isPackaged,
  (name) => app.commandLine.hasSwitch(name),
  process.argv,
  process.execArgv,
);
if (debugSwitches.length > 0) {
  process.stderr.write(`[kenes] refusing to start with debugging switches: ${debugSwitches.join(', ')}\n`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // A second instance must not open the same vault: the first one comes to the front ('second-instance') and this one ends.
  app.exit(0);
} else {
  start();
}
