import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { dataFolder, packagedApp } from './packagedApp';

/**
 * Smoke test of the packaged app, run by the release workflow on the unpacked build that the
 * installers contain. The app is started as a person would start it, with child_process: Playwright's
 * _electron.launch attaches through --inspect=0 and --remote-debugging-port=0, which the packaged
 * app's fuse ignores and electron/main.ts refuses (startupGuards.ts), so it cannot drive this build
 * (README, Releases). Where there is no packaged app, every test is skipped (globalSetup prints why).
 */
// A fuse is one byte of the wire: ASCII '1' on, '0' off (@electron/fuses' FuseState, not exported).
const FuseState = { ENABLE: 0x31, DISABLE: 0x30 } as const;

const app = packagedApp();
test.skip('skip' in app, 'skip' in app ? app.skip : '');
const executable = 'executable' in app ? app.executable : '';

type Started = { child: ChildProcess; stderr: () => string; exited: Promise<number | null> };

/** Starts the app with a data folder of its own (on Linux; see dataFolder). */
function start(args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  child.stdout?.resume();
  const exited = new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => done(code));
  });
  return { child, stderr: () => stderr, exited };
}

function freshEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ELECTRON_ENABLE_LOGGING: undefined,
    ELECTRON_RUN_AS_NODE: undefined,
    NODE_OPTIONS: undefined,
  };
  if (process.platform !== 'win32') env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'kenes-smoke-'));
  return env;
}

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_done, fail) => setTimeout(() => fail(new Error(`${what}: nothing after ${ms} ms`)), ms)),
  ]);

async function stop(started: Started): Promise<void> {
  if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill();
  await within(started.exited, 20_000, 'the app did not stop').catch(() => started.child.kill('SIGKILL'));
}

test.describe('the packaged app', () => {
  test('exists where the workflow says', () => {
    expect(existsSync(executable), `KENES_APP_EXECUTABLE=${executable}`).toBe(true);
  });

  test('carries the fuses of electron-builder.yml, read back from the binary', async () => {
    const config = yaml.load(readFileSync(join(import.meta.dirname, '../../electron-builder.yml'), 'utf8')) as {
      electronFuses: Record<string, boolean>;
    };
    const wire = await getCurrentFuseWire(executable);
    expect(wire.version).toBe(FuseVersion.V1);
    const state = (option: FuseV1Options): number | undefined => wire[option];
    // The ones the security model rests on, spelled out so a change to the yml cannot weaken them quietly.
    expect(state(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe(FuseState.DISABLE);
    // And every fuse the yml sets: runAsNode → FuseV1Options.RunAsNode, and so on.
    for (const [name, enabled] of Object.entries(config.electronFuses)) {
      const option = FuseV1Options[(name.charAt(0).toUpperCase() + name.slice(1)) as keyof typeof FuseV1Options];
      expect(option, `fuse ${name}`).toBeDefined();
      expect(state(option), `fuse ${name}`).toBe(enabled ? FuseState.ENABLE : FuseState.DISABLE);
    }
  });

  for (const args of [['--remote-debugging-port=0'], ['--inspect=0'], ['--inspect-brk=9229']]) {
    test(`refuses to start with ${args.join(' ')}: no debugger, no devtools endpoint`, async () => {
      const started = start(args, freshEnv());
      try {
        const code = await within(started.exited, 60_000, 'the app did not refuse');
        expect(code).toBe(1);
        expect(started.stderr()).toContain('[kenes] refusing to start with debugging switches:');
        expect(started.stderr()).not.toMatch(/DevTools listening on|Debugger listening on/);
      } finally {
        await stop(started);
      }
    });
  }

  test('a second start is refused while the first runs', async () => {
    const env = freshEnv();
    const lockFile = join(dataFolder(env), 'vault.lock');
    const first = start([], env);
    try {
      // The first instance is up once its backend holds the data folder's lock.
      await expect.poll(() => existsSync(lockFile) || first.child.exitCode !== null, { timeout: 60_000 }).toBe(true);
      expect(first.child.exitCode, first.stderr()).toBeNull();
      const second = start([], env);
      expect(await within(second.exited, 60_000, 'the second instance did not end')).toBe(0);
      expect(first.child.exitCode, 'the first instance must keep running').toBeNull();
      expect(readFileSync(lockFile, 'utf8')).toMatch(new RegExp(`^${first.child.pid} `));
    } finally {
      await stop(first);
    }
  });
});
