import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { aboutAssets } from './scripts/about/viteAboutAssets';

/**
 * The renderer alone, as the app ships it: used by the end-to-end harness, which serves
 * out/renderer through the same app:// file server and CSP as the Electron main process.
 * electron.vite.config.ts builds the same renderer together with main and preload.
 *
 * The renderer is split by area (issue 18 §6): the sign-in screen loads only what it needs, each area
 * and its libraries (Konva, Chart.js, zxcvbn) are chunks of their own, loaded on first use from the
 * same origin (relative base: app://kenes/ in Electron, the harness's origin in tests). The
 * first-screen bench (tests/bench/firstScreen.bench.ts) also builds it as one file, as before the
 * split, for its baseline; nothing ships that way.
 */
export const rendererConfig = {
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), aboutAssets(import.meta.dirname)],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    // No inline scripts or styles: the CSP is script-src 'self'; style-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Minified in both builds: electron-vite leaves the renderer unminified unless told, and then the
    // app would ship 2.5 times the JavaScript the end-to-end tests and the first-screen bench load.
    minify: true,
  },
};

export default defineConfig(rendererConfig);
