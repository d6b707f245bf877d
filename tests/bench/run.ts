// npm run bench: speed targets live here, never in timed tests. Prints a table and writes
// bench-results/bench.json. Each suite is a small module exporting rows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assessmentBenchmarks } from './assessments.bench';
import { backupBenchmarks } from './backup.bench';
import { bundleBenchmarks } from './bundles.bench';
import { canvasBenchmarks } from './canvas.bench';
import { clientBenchmarks } from './clients.bench';
import { codecBenchmarks } from './codec.bench';
import { directoryBenchmarks } from './directory.bench';
import { firstScreenBenchmarks } from './firstScreen.bench';
import { groupBenchmarks } from './groups.bench';
import { homeBenchmarks } from './home.bench';
import { replayBenchmarks } from './replay.bench';
import { thumbnailBenchmarks } from './thumbnails.bench';
import { trendsBenchmarks } from './trends.bench';
import { vaultBenchmarks } from './vault.bench';

export type BenchRow = { suite: string; case: string; value: number; unit: string; note?: string };

const rows: BenchRow[] = [
  ...(await vaultBenchmarks()),
  ...(await codecBenchmarks()),
  ...(await canvasBenchmarks()),
  ...(await replayBenchmarks()),
  ...(await thumbnailBenchmarks()),
  ...(await groupBenchmarks()),
  ...(await assessmentBenchmarks()),
  ...(await clientBenchmarks()),
  ...(await directoryBenchmarks()),
  ...(await trendsBenchmarks()),
  ...(await backupBenchmarks()),
  ...(await bundleBenchmarks()),
  ...(await homeBenchmarks()),
  ...(await firstScreenBenchmarks()),
];

console.table(
  rows.map((r) => ({ suite: r.suite, case: r.case, value: Number(r.value.toFixed(2)), unit: r.unit, note: r.note ?? '' })),
);
const outDir = resolve(import.meta.dirname, '../../bench-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  resolve(outDir, 'bench.json'),
  JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2),
);
console.log(`written ${resolve(outDir, 'bench.json')}`);
