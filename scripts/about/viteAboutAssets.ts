import type { Plugin } from 'vite';
import { type AboutAssets, generateAboutAssets } from './generate';

/** Where the About screen finds its files, relative to the renderer's index.html. */
export const ABOUT_FILES = { sbom: 'about/sbom.cdx.json', licences: 'about/licences.json', build: 'about/build.json' } as const;

/** The text of each file. */
function contents(assets: AboutAssets): Record<string, string> {
  return {
    [ABOUT_FILES.sbom]: assets.sbom,
    [ABOUT_FILES.licences]: JSON.stringify(assets.licences),
    [ABOUT_FILES.build]: JSON.stringify(assets.build),
  };
}

/**
 * Emits the SBOM, the licence list and the build facts into the renderer's output, so they ship
 * inside the app and are served from app:// like every other file. Used by both renderer builds
 * (vite.renderer.config.ts and electron-vite), so neither can ship without them; the dev server
 * makes them on request, so About works in `npm run dev` too.
 */
export function aboutAssets(projectRoot: string): Plugin {
  return {
    name: 'kenes-about-assets',
    generateBundle() {
      for (const [fileName, source] of Object.entries(contents(generateAboutAssets(projectRoot)))) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!Object.values<string>(ABOUT_FILES).includes(path)) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(contents(generateAboutAssets(projectRoot))[path]);
      });
    },
  };
}
