/**
 * Turns npm's CycloneDX SBOM of the shipped app (production dependencies only) into the
 * third-party licence list shown on the About screen: each package's licence as the SBOM states it
 * and the licence texts found in its folder. MIT, BSD and Apache-2.0 require the text to travel
 * with the software, so a package without one is reported as such, never given an invented text.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const ComponentSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  /** CycloneDX 1.5: a list of { license: { id | name } } or one { expression }. */
  licenses: z
    .array(
      z.union([
        z.object({ license: z.object({ id: z.string().optional(), name: z.string().optional() }) }),
        z.object({ expression: z.string() }),
      ]),
    )
    .optional(),
});
const SbomSchema = z.object({ bomFormat: z.literal('CycloneDX'), specVersion: z.string(), components: z.array(ComponentSchema) });
const LockSchema = z.object({
  packages: z.record(
    z.string(),
    z.object({ version: z.string().optional(), dev: z.boolean().optional(), devOptional: z.boolean().optional() }),
  ),
});

export type SbomComponent = z.infer<typeof ComponentSchema>;

/** One licence file as found in a package folder. */
export type LicenceText = { file: string; text: string };

/** One shipped package in the licence list; `texts` is empty when the package carries no licence file. */
export type LicenceEntry = { name: string; version: string; licence: string | null; texts: LicenceText[] };

/** The file written next to the SBOM and read by the About screen. */
export type LicenceList = { packages: LicenceEntry[] };

/**
 * The `name@version` of every package the app needs at run time, from the lock file: entries npm
 * marks neither `dev` (only development tools need it) nor `devOptional` (only development tools
 * or an optional peer ask for it).
 */
export function productionPackages(lock: unknown): Set<string> {
  const { packages } = LockSchema.parse(lock);
  return new Set(
    Object.entries(packages)
      .filter(([path, entry]) => path.includes('node_modules/') && entry.version && !entry.dev && !entry.devOptional)
      .map(([path, entry]) => `${path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`),
  );
}

const DependencySchema = z.object({ ref: z.string(), dependsOn: z.array(z.string()).optional() });

/**
 * The SBOM cut down to the packages that ship. `npm sbom --omit dev` cannot be used for this: it
 * also drops a production package that some development tool depends on too (zod, semver, …;
 * https://github.com/npm/cli/issues/7909), so the full SBOM is filtered with the lock file's own
 * classification instead. Components and dependency edges outside the production set are removed;
 * everything else (metadata, hashes, purls) is npm's, unchanged.
 */
export function productionSbom(sbom: unknown, lock: unknown): Record<string, unknown> {
  const document = z
    .looseObject({
      metadata: z.looseObject({ component: z.looseObject({ 'bom-ref': z.string() }).optional() }).optional(),
      components: z.array(z.looseObject({ name: z.string(), version: z.string() })),
      dependencies: z.array(DependencySchema.loose()).optional(),
    })
    .parse(sbom);
  // Filter npm's own objects, not zod's copies: those would list known keys first and reorder the document.
  const original = sbom as Record<string, unknown> & { components: unknown[]; dependencies?: Array<Record<string, unknown>> };
  const keep = productionPackages(lock);
  const kept = document.components.map((c) => keep.has(`${c.name}@${c.version}`));
  const refs = new Set(document.components.filter((_, i) => kept[i]).map((c) => `${c.name}@${c.version}`));
  const root = document.metadata?.component?.['bom-ref'];
  if (root) refs.add(root);
  const result: Record<string, unknown> = { ...original, components: original.components.filter((_, i) => kept[i]) };
  if (document.dependencies && original.dependencies) {
    result.dependencies = original.dependencies
      .filter((_, i) => refs.has(document.dependencies![i]!.ref))
      .map((d) =>
        Array.isArray(d.dependsOn)
          ? { ...d, dependsOn: d.dependsOn.filter((ref: unknown) => typeof ref === 'string' && refs.has(ref)) }
          : d,
      );
  }
  return result;
}

/** The components of a CycloneDX SBOM, validated; anything else (or another format) is an error. */
export function sbomComponents(sbom: unknown): SbomComponent[] {
  return SbomSchema.parse(sbom).components;
}

/** The component's licence as an SPDX id or expression, or null when the SBOM names none. */
export function licenceOf(component: SbomComponent): string | null {
  const parts = (component.licenses ?? []).map((entry) =>
    'expression' in entry ? entry.expression : (entry.license.id ?? entry.license.name),
  );
  const named = parts.filter((part): part is string => Boolean(part?.trim()));
  return named.length === 0 ? null : named.join(' AND ');
}

// LICENSE, LICENCE, COPYING, NOTICE (Apache-2.0 §4d asks NOTICE to be passed on), with any suffix
// (LICENSE.md, LICENSE-MIT, licence.txt) — but not source files such as license.js.
const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._][\w.-]*)?$/i;
const SOURCE_FILE = /\.(c?js|mjs|ts|json|map|html?)$/i;

/** The names among `names` that are licence files, in a stable order. */
export function licenceFileNames(names: readonly string[]): string[] {
  return names.filter((name) => LICENCE_FILE.test(name) && !SOURCE_FILE.test(name)).sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * The folder (relative to the project) of the installed package `name@version`, from the lock
 * file's `packages` map: the top-level copy if its version matches, else the nested copy that does.
 */
export function packageFolder(lock: unknown, name: string, version: string): string | null {
  const { packages } = LockSchema.parse(lock);
  const suffix = `node_modules/${name}`;
  const matches = Object.entries(packages)
    .filter(([path, entry]) => (path === suffix || path.endsWith(`/${suffix}`)) && entry.version === version && !entry.dev)
    .map(([path]) => path)
    .sort((a, b) => a.length - b.length);
  return matches[0] ?? null;
}

/** Licence texts in one package folder (none if the folder is missing). */
export function readLicenceTexts(folder: string): LicenceText[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return licenceFileNames(names)
    .filter((file) => statSync(join(folder, file)).isFile())
    .map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8').replace(/\r\n/g, '\n').trim() }))
    .filter((entry) => entry.text.length > 0);
}

/** The licence list of every component of `sbom`, sorted by name, with texts read under `projectRoot`. */
export function buildLicenceList(sbom: unknown, lock: unknown, projectRoot: string): LicenceList {
  const packages = sbomComponents(sbom)
    .map((component) => {
      const folder = packageFolder(lock, component.name, component.version);
      return {
        name: component.name,
        version: component.version,
        licence: licenceOf(component),
        texts: folder ? readLicenceTexts(join(projectRoot, folder)) : [],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
  return { packages };
}
