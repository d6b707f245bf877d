/**
 * The renderer's web preferences, per Electron's security checklist: isolated context,
 * OS sandbox, no Node, no webview, no spellchecker (it can send words to a service).
 * Kept here, not in main.ts, so a test can hold every flag in place.
 */
export const HARDENED_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const;
