/**
 * Builds the renderer into a folder of its own (never out/renderer, which the e2e runs share) and
 * reads what its first screen loads: the entry chunk of index.html and every chunk it imports
 * statically, from Vite's manifest (dynamic imports, the areas, are left out: they load on first use).
 * Used by the first-screen bench (sizes, and the pages it serves) and by the integration test that
 * keeps Konva, Chart.js and zxcvbn out of the sign-in screen.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };

/**
 * The shipped configuration (vite.renderer.config.ts) with a manifest and source maps, into `outDir`.
 * `singleChunk`: the whole renderer as one file, as it was before the split (issue 18's baseline).
 */
export async function buildRenderer(outDir: string, options: { singleChunk: boolean }): Promise<void> {
  await build({
    configFile: join(ROOT, 'vite.renderer.config.ts'),
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      sourcemap: true,
      ...(options.singleChunk ? { rolldownOptions: { output: { codeSplitting: false } } } : {}),
    },
  });
}

export type InitialChunk = { file: string; bytes: number; gzipBytes: number; sources: string[] };

/** The JavaScript index.html loads before anything is used: the entry and its static imports. */
export function initialChunks(outDir: string): InitialChunk[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry && key.endsWith('index.html'));
  if (!entry) throw new Error('the manifest has no index.html entry');
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const key = queue.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push(...(manifest[key]?.imports ?? []));
  }
  return [...seen].map((key) => {
    const file = (manifest[key] as ManifestChunk).file;
    const body = readFileSync(join(outDir, file));
    const map = JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')) as { sources: string[] };
    // zlib's default level, as a web server would send it.
    return { file, bytes: body.length, gzipBytes: gzipSync(body).length, sources: map.sources };
  });
}

/** Every source module of every JavaScript chunk of the build, from their source maps. */
export function allSources(outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set(
    Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith('.js')),
  );
  return [...files].flatMap(
    (file) => (JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')) as { sources: string[] }).sources,
  );
}

/** The package (or project folder) a source map entry comes from: 'konva', '@zxcvbn-ts/core', 'renderer'. */
export function origin(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inPackage?.[1]) return inPackage[1];
  return (
    source
      .replace(/^(\.\.\/)+/, '')
      .replace(ROOT.replace(/^\//, '') + '/', '')
      .split('/')[0] ?? source
  );
}
