// Runs Doyensec's Electronegativity over the Electron sources and fails on any finding that is
// not reviewed below. Offline: the release-list check (which downloads Electron's releases) is
// skipped, and the Electron version is read from the installed package.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Findings a person reviewed, with the reason they do not apply. */
const REVIEWED: Record<string, string> = {
  CSP_GLOBAL_CHECK:
    'the CSP is a response header of the app:// protocol (electron/backend/shell/appProtocol.ts), invisible to a static scan; tests/unit/shell/appProtocol.test.ts holds it',
  PRELOAD_JS_CHECK: 'reviewed: electron/preload.ts exposes only invoke() for contract channels and onEvent()',
};

const require = createRequire(import.meta.url);
const electronVersion = (require('electron/package.json') as { version: string }).version;
const report = 'out/electronegativity.sarif';
mkdirSync('out', { recursive: true });
const run = spawnSync(
  'npx',
  ['electronegativity', '-i', 'electron', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report, '-r'],
  { encoding: 'utf8' },
);
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}
type Sarif = { runs: { results?: { ruleId: string; level?: string; message?: { text?: string }; locations?: unknown[] }[] }[] };
const sarif = JSON.parse(readFileSync(report, 'utf8')) as Sarif;
const findings = sarif.runs
  .flatMap((r) => r.results ?? [])
  .map((r) => ({
    id: r.ruleId,
    line: `${r.ruleId} ${r.level ?? ''} ${r.message?.text ?? ''} ${JSON.stringify(r.locations ?? [])}`,
  }));
const unreviewed = findings.filter((f) => !(f.id in REVIEWED));
for (const f of findings) process.stdout.write(`${f.id in REVIEWED ? 'reviewed' : 'FINDING '} ${f.line}\n`);
if (findings.length === 0) process.stdout.write('electronegativity: no findings\n');
if (unreviewed.length > 0) {
  process.stderr.write(`electronegativity: ${unreviewed.length} unreviewed finding(s)\n`);
  process.exit(1);
}
process.stdout.write(`electronegativity: ${findings.length} finding(s), all reviewed (Electron ${electronVersion})\n`);
