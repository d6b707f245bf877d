/**
 * What the About screen reads, made at build time from the project as it is built: the CycloneDX
 * SBOM of the shipped packages (`npm sbom`), the third-party licence list and the build facts
 * (version, commit, date). Nothing is cached, so a changed lock file shows in the next build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LicenceList, buildLicenceList, productionSbom } from './licences';

/** The build facts shown on the About screen. */
export type BuildInfo = { version: string; commit: string; builtAt: string };

export type AboutAssets = { sbom: string; licences: LicenceList; build: BuildInfo };

/**
 * npm's SBOM of the whole tree; productionSbom() keeps what ships (`--omit dev` drops too much,
 * see there). `--package-lock-only` reads the lock file, which is what `npm ci` installs; it works
 * offline and is not thrown by stray folders in node_modules (an extraneous entry without a
 * version makes npm 11 fail to write a purl).
 */
export function runNpmSbom(projectRoot: string): string {
  // The whole tree, explicitly: Vite sets NODE_ENV=production while building, which npm would read as --omit dev.
  const args = [
    'sbom',
    '--sbom-format',
    'cyclonedx',
    '--package-lock-only',
    '--offline',
    '--include',
    'dev',
    '--include',
    'optional',
    '--include',
    'peer',
  ];
  // Under `npm run`, npm_execpath is npm's own CLI script: run it with this Node, which also works
  // on Windows, where `npm` is a .cmd that execFile cannot start without a shell.
  const npmCli = process.env.npm_execpath;
  const [command, commandArgs] = npmCli && /npm-cli\.c?js$/.test(npmCli) ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return execFileSync(command, commandArgs, {
    cwd: projectRoot,
    env: withoutNodeEnv(process.env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest.NODE_ENV;
  return rest;
}

/** The short commit hash, or 'unknown' when the source is not a git checkout (e.g. a tarball). */
export function gitCommit(projectRoot: string): string {
  try {
    return (
      execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        cwd: projectRoot,
        env: withoutNodeEnv(process.env),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || 'unknown'
    );
  } catch {
    return 'unknown';
  }
}

/**
 * The build time: SOURCE_DATE_EPOCH when set (reproducible builds,
 * https://reproducible-builds.org/specs/source-date-epoch/), else now.
 */
export function buildDate(env: NodeJS.ProcessEnv, now: () => Date): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return now().toISOString();
}

/** Everything the About screen reads, for the project at `projectRoot`. */
export function generateAboutAssets(projectRoot: string): AboutAssets {
  const lock: unknown = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8'));
  const sbom = productionSbom(JSON.parse(runNpmSbom(projectRoot)), lock);
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
  const builtAt = buildDate(process.env, () => new Date());
  // npm names the root after the checkout's folder (e.g. "main") and stamps its own clock: name the
  // app as package.json does and date the document with the build, so the two never disagree.
  const metadata = sbom.metadata as { timestamp?: string; component?: { name?: unknown } } | undefined;
  if (metadata) {
    metadata.timestamp = builtAt;
    if (metadata.component && typeof pkg.name === 'string') metadata.component.name = pkg.name;
  }
  return {
    sbom: `${JSON.stringify(sbom, null, 2)}\n`,
    licences: buildLicenceList(sbom, lock, projectRoot),
    build: { version: typeof pkg.version === 'string' ? pkg.version : 'unknown', commit: gitCommit(projectRoot), builtAt },
  };
}
