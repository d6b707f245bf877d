import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The areas load on first use, their stylesheets with the first screen, ahead of the global ones
 * (renderer/features/shell/areaStyles.ts): a stylesheet that loaded later with its area would win over
 * global rules it used to lose to, and its screens would change.
 */
const RENDERER = resolve(import.meta.dirname, '../../../renderer');
const AREA_STYLES = join(RENDERER, 'features/shell/areaStyles.ts');
/** Stylesheets that already loaded with their (lazy) area before the split, and still do. */
const WITH_THEIR_AREA = [
  'features/trends/trends.css',
  'features/trends/export/deidentifiedExport.css',
  'features/bundles/supervisor/supervisor.css',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The stylesheets a module imports, as paths inside renderer/. */
function stylesheetsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import '([^']+\.css)';$/gm)].map((m) => relative(RENDERER, resolve(dirname(file), m[1] ?? '')));
}

describe('the areas’ stylesheets keep their place in the cascade', () => {
  const listed = stylesheetsOf(AREA_STYLES);

  it('lists every stylesheet an area imports, except those that always loaded with their area', () => {
    const imported = new Set(
      sources(join(RENDERER, 'features'))
        .filter((file) => file !== AREA_STYLES)
        .flatMap(stylesheetsOf)
        .filter((sheet) => sheet.startsWith('features/')),
    );
    const missing = [...imported].filter((sheet) => !listed.includes(sheet) && !WITH_THEIR_AREA.includes(sheet));
    // areaLoading.css is the shell's own (the loading state), imported with the first screen anyway.
    expect(missing.filter((sheet) => sheet !== 'features/shell/areaLoading.css')).toEqual([]);
    expect(listed.filter((sheet) => WITH_THEIR_AREA.includes(sheet))).toEqual([]);
  });

  it('lists only stylesheets that exist, each once', () => {
    for (const sheet of listed) expect(() => readFileSync(join(RENDERER, sheet))).not.toThrow();
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('loads them before the app and before the global stylesheets', () => {
    const main = readFileSync(join(RENDERER, 'main.tsx'), 'utf8');
    const at = (text: string) => main.indexOf(text);
    expect(at("import './features/shell/areaStyles';")).toBeGreaterThanOrEqual(0);
    expect(at("import './features/shell/areaStyles';")).toBeLessThan(at("import { App } from './App';"));
    expect(at("import { App } from './App';")).toBeLessThan(at("import './styles/base.css';"));
  });
});
