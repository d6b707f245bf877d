import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { aboutAssets } from './scripts/about/viteAboutAssets';

/**
 * The renderer alone, as the app ships it: used by the end-to-end harness, which serves
 * out/renderer through the same app:// file server and CSP as the Electron main process.
 * electron.vite.config.ts builds the same renderer together with main and preload.
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
  },
};

export default defineConfig(rendererConfig);
