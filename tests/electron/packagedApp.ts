import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Which packaged app the smoke test drives: the release workflow names it in KENES_APP_EXECUTABLE
 * (dist/linux-unpacked/kenes, dist/win-unpacked/Kenes.exe). Our own machines cannot download the
 * Electron binary, so there is none, and the spec is skipped with this one reason.
 */
export type PackagedApp = { executable: string } | { skip: string };

export const SKIP_LINE_PREFIX = 'Electron smoke test skipped:';

export function packagedApp(env: NodeJS.ProcessEnv = process.env): PackagedApp {
  const named = env.KENES_APP_EXECUTABLE;
  if (named === undefined || named === '') {
    return {
      skip: `${SKIP_LINE_PREFIX} no packaged app (KENES_APP_EXECUTABLE is not set; the Electron binary cannot be downloaded here — .github/workflows/release.yml runs this test on the built installers).`,
    };
  }
  // Named but missing is a broken build, not a machine without Electron: the spec fails on it.
  return { executable: resolve(named) };
}

/**
 * The data folder the app uses (README, "Where the data is"): Electron's userData is
 * %APPDATA%\Kenes on Windows and $XDG_CONFIG_HOME/Kenes on Linux. On Linux the test gives each
 * start a folder of its own through XDG_CONFIG_HOME; Windows takes %APPDATA% from the system, so
 * there it is the runner's (fresh) profile.
 */
export function dataFolder(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kenes', 'vault');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Kenes', 'vault');
}
