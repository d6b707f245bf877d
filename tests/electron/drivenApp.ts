import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * What the driven smoke test (drivenApp.spec.ts) starts: the unpackaged build of the same sources
 * (`npm run build` writes out/), run by the Electron binary of node_modules/electron. Playwright's
 * _electron.launch attaches through --inspect=0 and --remote-debugging-port=0, which only the
 * packaged app refuses (startupGuards.ts), so this is the build Playwright can drive (README,
 * Releases). Our own machines cannot download the Electron binary (ELECTRON_SKIP_BINARY_DOWNLOAD),
 * so there is none, and the spec is skipped with one reason.
 */
export type DrivenApp = { electron: string; appDir: string } | { skip: string };

export const DRIVEN_SKIP_PREFIX = 'Electron driven smoke test skipped:';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export function drivenApp(env: NodeJS.ProcessEnv = process.env): DrivenApp {
  let electron: unknown;
  try {
    // node_modules/electron/index.js answers the binary's path, or throws when it was never downloaded.
    electron = createRequire(import.meta.url)('electron');
  } catch (error) {
    return {
      skip: `${DRIVEN_SKIP_PREFIX} no Electron binary in node_modules/electron (${(error as Error).message.split('\n')[0]}); .github/workflows/release.yml runs it.`,
    };
  }
  if (typeof electron !== 'string' || !existsSync(electron)) {
    return { skip: `${DRIVEN_SKIP_PREFIX} no Electron binary at ${String(electron)}; .github/workflows/release.yml runs it.` };
  }
  // In the release workflow (KENES_APP_EXECUTABLE set) the build must be there: the spec fails without it.
  if (!existsSync(join(REPO_ROOT, 'out/main/main.js')) && !env.KENES_APP_EXECUTABLE) {
    return { skip: `${DRIVEN_SKIP_PREFIX} out/main/main.js is missing; run \`npm run build\` first.` };
  }
  return { electron, appDir: REPO_ROOT };
}
