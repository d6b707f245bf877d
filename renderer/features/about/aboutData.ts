/**
 * The files the build puts next to index.html for the About screen (scripts/about/): the build
 * facts, npm's CycloneDX SBOM of the shipped packages and the third-party licence list. They are
 * the app's own files, fetched from its own origin (CSP connect-src 'self'), and validated here.
 */
import { z } from 'zod';

/** Relative to index.html, as scripts/about/viteAboutAssets.ts writes them. */
const FILES = { build: './about/build.json', sbom: './about/sbom.cdx.json', licences: './about/licences.json' } as const;

/** Where the SBOM lies inside the app's renderer folder, named on the screen for IT departments. */
export const SBOM_PATH = FILES.sbom.slice(2);

const BuildInfoSchema = z.object({ version: z.string(), commit: z.string(), builtAt: z.iso.datetime() });

const SbomLicenceSchema = z.union([
  z.object({ license: z.object({ id: z.string().optional(), name: z.string().optional() }) }),
  z.object({ expression: z.string() }),
]);
const SbomSchema = z.object({
  bomFormat: z.literal('CycloneDX'),
  specVersion: z.string(),
  metadata: z
    .object({
      timestamp: z.string().optional(),
      tools: z.array(z.object({ vendor: z.string().optional(), name: z.string(), version: z.string().optional() })).optional(),
    })
    .optional(),
  components: z.array(
    z.object({
      name: z.string(),
      version: z.string(),
      purl: z.string().optional(),
      licenses: z.array(SbomLicenceSchema).optional(),
    }),
  ),
});

const LicenceListSchema = z.object({
  packages: z.array(
    z.object({
      name: z.string(),
      version: z.string(),
      licence: z.string().nullable(),
      texts: z.array(z.object({ file: z.string(), text: z.string() })),
    }),
  ),
});

export type BuildInfo = z.infer<typeof BuildInfoSchema>;
export type SbomComponentRow = { name: string; version: string; licence: string | null; purl: string | null };
export type Sbom = { format: string; tools: string; components: SbomComponentRow[]; raw: string };
export type LicencePackage = z.infer<typeof LicenceListSchema>['packages'][number];
export type AboutData = { build: BuildInfo; sbom: Sbom; licences: LicencePackage[] };

/** The SBOM's licence for a component: SPDX ids, names or an expression, as npm wrote them. */
function licenceOf(licenses: z.infer<typeof SbomLicenceSchema>[] | undefined): string | null {
  const parts = (licenses ?? []).map((entry) =>
    'expression' in entry ? entry.expression : (entry.license.id ?? entry.license.name ?? ''),
  );
  const named = parts.filter((part) => part.trim() !== '');
  return named.length === 0 ? null : named.join(' AND ');
}

/** The SBOM as shown: its format, the tool that wrote it, one row per component, and its text. */
export function readSbom(raw: string): Sbom {
  const sbom = SbomSchema.parse(JSON.parse(raw));
  return {
    format: `${sbom.bomFormat} ${sbom.specVersion}`,
    tools: (sbom.metadata?.tools ?? [])
      .map((tool) => [tool.vendor, tool.name, tool.version].filter(Boolean).join(' '))
      .join(', '),
    components: sbom.components
      .map((c) => ({ name: c.name, version: c.version, licence: licenceOf(c.licenses), purl: c.purl ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    raw,
  };
}

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** Reads and validates the three files; fails if any is missing or malformed. */
export async function loadAboutData(): Promise<AboutData> {
  const [build, sbom, licences] = await Promise.all([text(FILES.build), text(FILES.sbom), text(FILES.licences)]);
  return {
    build: BuildInfoSchema.parse(JSON.parse(build)),
    sbom: readSbom(sbom),
    licences: LicenceListSchema.parse(JSON.parse(licences)).packages,
  };
}
