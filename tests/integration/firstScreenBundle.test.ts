import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSources, buildRenderer, initialChunks, origin } from '../bench/rendererBuild';

/**
 * Issue 18 §6: the sign-in screen loads only what signing in needs. The renderer is built as it ships
 * (vite.renderer.config.ts) and the JavaScript index.html loads before anything is used is read from
 * the build's manifest and source maps. Sizes and times are the bench's (tests/bench/firstScreen.bench.ts).
 */
describe('the first screen of the built renderer', () => {
  let out = '';
  let initial: string[] = [];
  let everything: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'kenes-first-screen-'));
    await buildRenderer(out, { singleChunk: false });
    initial = initialChunks(out).flatMap((chunk) => chunk.sources);
    everything = allSources(out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('holds the sign-in and unlock screens', () => {
    expect(initial.some((source) => source.endsWith('renderer/features/vault/SignIn.tsx'))).toBe(true);
    expect(initial.some((source) => source.endsWith('renderer/features/vault/LockScreen.tsx'))).toBe(true);
  });

  it('leaves Konva, Chart.js and zxcvbn’s dictionaries to the screens that use them', () => {
    const later = ['konva', 'chart.js', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common'];
    // They are in the build, in chunks of their own…
    expect(later.filter((name) => !everything.some((source) => origin(source) === name))).toEqual([]);
    // …and none of them loads with the sign-in screen.
    expect(later.filter((name) => initial.some((source) => origin(source) === name))).toEqual([]);
  });

  it('loads no area until it is opened', () => {
    const areas = [
      'renderer/features/shell/AppShell.tsx',
      'renderer/features/clients/ClientsArea.tsx',
      'renderer/features/groups/GroupsPage.tsx',
      'renderer/features/drawing/DrawingsPage.tsx',
      'renderer/features/trends/TrendsPage.tsx',
      'renderer/features/vault/SetupWizard.tsx',
      'renderer/features/vault/Recovery.tsx',
    ];
    expect(areas.filter((area) => !everything.some((source) => source.endsWith(area)))).toEqual([]);
    expect(areas.filter((area) => initial.some((source) => source.endsWith(area)))).toEqual([]);
  });
});
