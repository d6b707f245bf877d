// Electron wiring only: every decision lives in electron/backend (plain Node, tested without Electron).
import { join } from 'node:path';
import { BrowserWindow, Menu, type Session, app, dialog, ipcMain, powerMonitor, protocol, session, shell } from 'electron';
import type { OpenDialogOptions } from 'electron';
import { IPC_EVENT, IPC_INVOKE } from './contract/api';
import { openBackend } from './backend/openBackend';
import { APP_ENTRY_URL, APP_SCHEME, serveAppFile } from './backend/shell/appProtocol';
import { isAllowedRequest, isAppUrl } from './backend/shell/networkPolicy';
import { reportPrinter } from './backend/shell/reportPrinter';
import { forbiddenSwitches, startupDecision } from './backend/shell/startupGuards';
import { type SystemDialogs, filePorts, openDialogProperties } from './backend/shell/filePorts';
import { forwardEvent, invokeFromRenderer, lockOnSystemSignals } from './backend/shell/windowBridge';
import { quitGuard } from './backend/shell/quitGuard';

let window: BrowserWindow | null = null;
let quitting = false;

/** The PDF report, printed in a hidden window of its own session (reportPrinter.ts). */
const renderPdf = reportPrinter<Session>({
  partition: (name, options) => session.fromPartition(name, options),
  BrowserWindow,
});

/** The system's dialogs, over the window when there is one (the backend's file ports use them: filePorts.ts). */
const dialogs: SystemDialogs = {
  async open(request) {
    const options: OpenDialogOptions = { properties: openDialogProperties(request), filters: request.filters };
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : choice.filePaths;
  },
  async save(options) {
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return choice.canceled ? null : (choice.filePath ?? null);
  },
};

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
    ...filePorts(dialogs, app.getPath('documents')),
    renderPdf,
    // The damaged-vault screen shows the data folder; openPath answers '' on success, else the error text.
    openFolder: async (path) => (await shell.openPath(path)) === '',
    appVersion: app.getVersion(),
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

    ipcMain.handle(IPC_INVOKE, (event, channel: unknown, input: unknown) =>
      invokeFromRenderer(
        backend,
        { url: event.senderFrame?.url, isMainFrame: event.senderFrame === event.sender.mainFrame },
        channel,
        input,
      ),
    );
    backend.onEvent((e) =>
      forwardEvent(
        e,
        window && { setKiosk: (on) => window?.setKiosk(on), send: (event) => window?.webContents.send(IPC_EVENT, event) },
      ),
    );
    const stopPolling = lockOnSystemSignals(backend, {
      onSuspend: (listener) => powerMonitor.on('suspend', listener),
      onScreenLocked: (listener) => powerMonitor.on('lock-screen', listener),
      idleState: () => powerMonitor.getSystemIdleState(60),
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

  // Every way out closes the backend first (quitGuard.ts).
  const guard = quitGuard(
    () => backend.close(),
    () => app.quit(),
  );
  app.on('window-all-closed', guard.windowsClosed);
  app.on('will-quit', (event) => guard.willQuit() || event.preventDefault());
}

// Checked before anything opens the vault: a debugger could read the unlocked data key (issue 10). A second
// instance must not open the same vault: the first one comes to the front ('second-instance') and this one ends.
const decision = startupDecision(
  forbiddenSwitches(app.isPackaged, (name) => app.commandLine.hasSwitch(name), process.argv, process.execArgv),
  () => app.requestSingleInstanceLock(),
);
if (decision.kind === 'refuse') {
  process.stderr.write(decision.message);
  app.exit(1);
} else if (decision.kind === 'leave') app.exit(0);
else start();
