import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDate } from '../../../scripts/about/generate';
import {
  buildLicenceList,
  licenceFileNames,
  licenceOf,
  packageFolder,
  productionSbom,
  sbomComponents,
} from '../../../scripts/about/licences';

/** A CycloneDX document as `npm sbom --sbom-format cyclonedx` writes it, with only the fields we read. */
const sbom = (components: unknown[]) => ({ bomFormat: 'CycloneDX', specVersion: '1.5', components });

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

/** A project folder with the given files under node_modules. */
function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'kenes-licences-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the third-party licence list', () => {
  it('finds LICENSE, LICENCE, COPYING and NOTICE files in any case and with suffixes, but not source files', () => {
    const names = [
      'index.js',
      'license',
      'LICENSE.md',
      'LICENCE-MIT',
      'COPYING',
      'NOTICE.txt',
      'license.js',
      'licenses.json',
      'README.md',
      'licensed.txt',
    ];
    expect(licenceFileNames(names)).toEqual(['COPYING', 'LICENCE-MIT', 'license', 'LICENSE.md', 'NOTICE.txt']);
  });

  it('states the licence as the SBOM names it: an SPDX id, a name, or an expression', () => {
    expect(licenceOf({ name: 'a', version: '1.0.0', licenses: [{ license: { id: 'MIT' } }] })).toBe('MIT');
    expect(licenceOf({ name: 'b', version: '1.0.0', licenses: [{ license: { name: 'Custom licence' } }] })).toBe(
      'Custom licence',
    );
    expect(licenceOf({ name: 'c', version: '1.0.0', licenses: [{ expression: '(MIT OR WTFPL)' }] })).toBe('(MIT OR WTFPL)');
    expect(licenceOf({ name: 'd', version: '1.0.0' })).toBeNull();
  });

  it('refuses a document that is not a CycloneDX SBOM', () => {
    expect(() => sbomComponents({ spdxVersion: 'SPDX-2.3', packages: [] })).toThrow();
  });

  it('reads each package’s licence texts from the copy of the version that ships, nested or not', () => {
    const dir = project({
      'node_modules/react/LICENSE': 'MIT License\r\n\r\nCopyright (c) Meta\r\n',
      'node_modules/node-abi/LICENSE': 'node-abi 4 (a dev tool, not shipped)',
      'node_modules/prebuild-install/node_modules/node-abi/LICENSE': 'node-abi 3 licence',
      'node_modules/rc/LICENSE.MIT': 'MIT text',
      'node_modules/rc/LICENSE.APACHE2': 'Apache text',
    });
    const lock = {
      packages: {
        '': { version: '0.1.0' },
        'node_modules/react': { version: '19.3.1' },
        'node_modules/node-abi': { version: '4.0.0', dev: true },
        'node_modules/prebuild-install/node_modules/node-abi': { version: '3.104.0' },
        'node_modules/rc': { version: '1.2.8' },
      },
    };
    const list = buildLicenceList(
      sbom([
        { name: 'rc', version: '1.2.8', licenses: [{ expression: '(BSD-2-Clause OR MIT OR Apache-2.0)' }] },
        { name: 'react', version: '19.3.1', licenses: [{ license: { id: 'MIT' } }] },
        { name: 'node-abi', version: '3.104.0', licenses: [{ license: { id: 'MIT' } }] },
      ]),
      lock,
      dir,
    );
    expect(list.packages).toEqual([
      { name: 'node-abi', version: '3.104.0', licence: 'MIT', texts: [{ file: 'LICENSE', text: 'node-abi 3 licence' }] },
      {
        name: 'rc',
        version: '1.2.8',
        licence: '(BSD-2-Clause OR MIT OR Apache-2.0)',
        texts: [
          { file: 'LICENSE.APACHE2', text: 'Apache text' },
          { file: 'LICENSE.MIT', text: 'MIT text' },
        ],
      },
      {
        name: 'react',
        version: '19.3.1',
        licence: 'MIT',
        texts: [{ file: 'LICENSE', text: 'MIT License\n\nCopyright (c) Meta' }],
      },
    ]);
  });

  it('reports a package without a licence file, or without an installed folder, with no text rather than an invented one', () => {
    const dir = project({ 'node_modules/client-only/index.js': 'export {}', 'node_modules/client-only/README.md': 'MIT' });
    const lock = { packages: { 'node_modules/client-only': { version: '0.0.1' } } };
    const list = buildLicenceList(
      sbom([
        { name: 'client-only', version: '0.0.1', licenses: [{ license: { id: 'MIT' } }] },
        { name: 'not-installed', version: '1.0.0' },
      ]),
      lock,
      dir,
    );
    expect(list.packages).toEqual([
      { name: 'client-only', version: '0.0.1', licence: 'MIT', texts: [] },
      { name: 'not-installed', version: '1.0.0', licence: null, texts: [] },
    ]);
  });

  it('finds no folder for a version the lock file does not hold', () => {
    expect(packageFolder({ packages: { 'node_modules/react': { version: '19.3.1' } } }, 'react', '18.0.0')).toBeNull();
  });
});

describe('the SBOM of what ships', () => {
  const lock = {
    packages: {
      '': { version: '0.1.0' },
      'node_modules/react': { version: '19.3.1' },
      // Needed by the app and by a development tool: npm sbom --omit dev wrongly drops it (npm/cli#7909).
      'node_modules/zod': { version: '4.6.7' },
      'node_modules/vitest': { version: '4.1.12', dev: true },
      'node_modules/typescript': { version: '5.9.3', devOptional: true },
    },
  };
  const full = {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    metadata: { component: { 'bom-ref': 'kenes@0.1.0', name: 'kenes' } },
    components: [
      { 'bom-ref': 'react@19.3.1', name: 'react', version: '19.3.1', purl: 'pkg:npm/react@19.3.1' },
      { 'bom-ref': 'zod@4.6.7', name: 'zod', version: '4.6.7' },
      { 'bom-ref': 'vitest@4.1.12', name: 'vitest', version: '4.1.12' },
      { 'bom-ref': 'typescript@5.9.3', name: 'typescript', version: '5.9.3' },
    ],
    dependencies: [
      { ref: 'kenes@0.1.0', dependsOn: ['react@19.3.1', 'zod@4.6.7', 'vitest@4.1.12'] },
      { ref: 'vitest@4.1.12', dependsOn: ['zod@4.6.7'] },
      { ref: 'react@19.3.1', dependsOn: [] },
    ],
  };

  it('keeps the production packages, including those a development tool also uses, and drops development-only ones', () => {
    const sbom = productionSbom(full, lock);
    expect(sbomComponents(sbom).map((c) => c.name)).toEqual(['react', 'zod']);
    expect(sbom.dependencies).toEqual([
      { ref: 'kenes@0.1.0', dependsOn: ['react@19.3.1', 'zod@4.6.7'] },
      { ref: 'react@19.3.1', dependsOn: [] },
    ]);
  });

  it('leaves npm’s own fields of the kept components and the document as they were', () => {
    const sbom = productionSbom(full, lock);
    expect(sbom.metadata).toEqual(full.metadata);
    expect(Object.keys(sbom)).toEqual(Object.keys(full));
    expect((sbom.components as unknown[])[0]).toEqual(full.components[0]);
  });
});

describe('the build date', () => {
  it('honours SOURCE_DATE_EPOCH for reproducible builds, else takes the clock', () => {
    const clock = () => new Date('2026-03-18T07:30:00Z');
    expect(buildDate({ SOURCE_DATE_EPOCH: '1772323200' }, clock)).toBe('2026-03-01T00:00:00.000Z');
    expect(buildDate({}, clock)).toBe('2026-03-18T07:30:00.000Z');
  });
});
