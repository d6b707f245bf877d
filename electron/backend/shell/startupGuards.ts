/**
 * Switches that open the app to a debugger: with one, anyone at the computer could read the
 * unlocked vault's data key from memory or drive the renderer past the contract. The packaged
 * app's fuses already ignore Node's inspect arguments, but Chromium's remote debugging is not a
 * fuse, and on Linux the asar is not integrity-checked (README, Packaging). So the app refuses to
 * start with any of them (issue 10).
 */
export const FORBIDDEN_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-brk-node',
] as const;

const FORBIDDEN_ARG = /^--(?:remote-debugging-(?:port|pipe|address)|inspect(?:-brk|-port|-brk-node|-publish-uid)?)(?:=|$)/;

/**
 * The debug switches present, by Chromium's parser (`app.commandLine.hasSwitch`) and by a scan
 * of the raw arguments (Node's own `--inspect=…` forms, and `process.execArgv`). Empty: start.
 * Only a packaged app (`app.isPackaged`) refuses them: the unpackaged build of the same sources is
 * what developers debug and what the driven Electron smoke test starts through Playwright, which
 * always passes --inspect=0 and --remote-debugging-port=0 (README, Releases). It has no vault of a
 * facility: the installers hold only packaged apps.
 */
export function forbiddenSwitches(
  isPackaged: boolean,
  hasSwitch: (name: string) => boolean,
  ...argvs: readonly (readonly string[])[]
): string[] {
  if (!isPackaged) return [];
  const found = new Set<string>(FORBIDDEN_SWITCHES.filter((name) => hasSwitch(name)));
  for (const arg of argvs.flat()) {
    const m = FORBIDDEN_ARG.exec(arg);
    if (m) found.add(arg.slice(2).split('=')[0] ?? arg);
  }
  return [...found].sort();
}

/**
 * What the process does on starting: refuse (a debugging switch: the message says which, exit 1), leave (another
 * instance has the vault open: it comes to the front, exit 0), or start.
 */
export type StartupDecision = { kind: 'refuse'; message: string } | { kind: 'leave' } | { kind: 'start' };

export function startupDecision(debugSwitches: readonly string[], singleInstance: () => boolean): StartupDecision {
  if (debugSwitches.length > 0) {
    return { kind: 'refuse', message: `[kenes] refusing to start with debugging switches: ${debugSwitches.join(', ')}\n` };
  }
  // Asked only when starting is allowed: taking the single-instance lock is itself a side effect.
  return singleInstance() ? { kind: 'start' } : { kind: 'leave' };
}
