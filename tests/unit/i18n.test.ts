import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../electron/contract/errors';
import type { PasswordRule } from '../../common/passwordPolicy';
import { ROLES } from '../../electron/contract/roles';
import { AUDIT_ACTIONS, LANGUAGES, lockReasonSchema } from '../../electron/contract/schemas';

/**
 * The three languages are complete and consistent: a missing, empty or differently
 * parameterised string fails here, not in front of a psychologist at a colony.
 */

type Tree = { [key: string]: string | Tree };
const RENDERER = resolve(import.meta.dirname, '../../renderer');
const dictionaries = Object.fromEntries(
  LANGUAGES.map((language) => [language, JSON.parse(readFileSync(join(RENDERER, 'i18n', `${language}.json`), 'utf8')) as Tree]),
) as Record<(typeof LANGUAGES)[number], Tree>;

// i18next plural suffixes (Intl.PluralRules categories): Russian needs _few/_many, Kazakh and English do not.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as "a.b.c" → value. Keys may themselves contain dots (audit actions), as i18next allows. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const flat = Object.fromEntries(LANGUAGES.map((l) => [l, flatten(dictionaries[l])])) as Record<
  (typeof LANGUAGES)[number],
  Map<string, unknown>
>;
/** Keys with plural suffixes folded into their base key, so languages with different plural forms compare equal. */
const baseKeys = (language: (typeof LANGUAGES)[number]) =>
  new Set([...flat[language].keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
const placeholders = (value: string) => [...value.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

/** The text for a key in one language, also accepting a plural form of it. */
function lookup(language: (typeof LANGUAGES)[number], key: string): unknown {
  const map = flat[language];
  return map.get(key) ?? [...map.entries()].find(([k]) => k.replace(PLURAL_SUFFIX, '') === key)?.[1];
}

describe('i18n resources', () => {
  for (const language of LANGUAGES) {
    for (const other of LANGUAGES) {
      if (language === other) continue;
      it(`${language} has every key that ${other} has`, () => {
        const mine = baseKeys(language);
        expect([...baseKeys(other)].filter((key) => !mine.has(key))).toEqual([]);
      });
    }

    it(`${language} has no empty or non-string values`, () => {
      const bad = [...flat[language].entries()].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad).toEqual([]);
    });

    it(`${language} has every plural form its grammar needs`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const pluralBases = new Set(
        [...flat[language].keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
      );
      const missing = [...pluralBases].flatMap((base) =>
        categories.filter((c) => !flat[language].has(`${base}_${c}`)).map((c) => `${base}_${c}`),
      );
      expect(missing).toEqual([]);
    });
  }

  it('uses the same interpolation placeholders in every language', () => {
    const mismatches: string[] = [];
    for (const key of baseKeys('en')) {
      const forms = LANGUAGES.map((l) => {
        const values = [...flat[l].entries()]
          .filter(([k]) => k === key || k.replace(PLURAL_SUFFIX, '') === key)
          .map(([, v]) => String(v));
        return [...new Set(values.flatMap(placeholders))].sort().join(',');
      });
      if (new Set(forms).size > 1) mismatches.push(`${key}: ${LANGUAGES.map((l, i) => `${l}=[${forms[i]}]`).join(' ')}`);
    }
    expect(mismatches).toEqual([]);
  });

  const required: Array<[string, readonly string[]]> = [
    ['errors', ERROR_CODES],
    ['audit.actions', AUDIT_ACTIONS],
    ['roles', ROLES],
    ['roleDescriptions', ROLES],
    ['lockReasons', lockReasonSchema.options],
    ['languages', LANGUAGES],
    ['password.rules', ['length', 'notUsername', 'strength'] satisfies PasswordRule[]],
    ['password.strength', ['0', '1', '2', '3', '4']],
  ];
  for (const [prefix, names] of required) {
    it(`translates every ${prefix} entry of the contract in every language`, () => {
      const missing = LANGUAGES.flatMap((l) =>
        names.filter((n) => typeof lookup(l, `${prefix}.${n}`) !== 'string').map((n) => `${l}: ${prefix}.${n}`),
      );
      expect(missing).toEqual([]);
    });
  }

  it('names each language in that language, the same in every file', () => {
    const own = { kk: 'Қазақша', ru: 'Русский', en: 'English' } as const;
    for (const l of LANGUAGES) for (const named of LANGUAGES) expect(lookup(l, `languages.${named}`)).toBe(own[named]);
  });

  it('writes Kazakh in Cyrillic with Kazakh letters', () => {
    const kazakh = [...flat.kk.values()].join(' ');
    expect(kazakh).toMatch(/[әғқңөұүһі]/);
  });
});

// ---- The renderer's source: every key it asks for exists, and no text bypasses i18n. ----

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(RENDERER).map((path) => ({
  name: relative(RENDERER, path),
  source: ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  ),
}));

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  node.forEachChild((child) => visit(child, each));
}

const TOP_LEVEL = new Set(Object.keys(dictionaries.en));
const LETTER = /\p{L}/u;
/** Attributes a person reads or hears; their literal values must come from i18n. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'label',
]);

describe('renderer source', () => {
  it('asks only for keys that exist', () => {
    const missing: string[] = [];
    for (const { name, source } of files) {
      visit(source, (node) => {
        if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node)) return;
        const text = node.text;
        if (!/^[a-zA-Z]+(\.[\w-]+)+$/.test(text) || !TOP_LEVEL.has(text.split('.')[0]!)) return;
        // A string that looks like a key (e.g. 'accounts.created') must be one, or a branch of keys
        // completed at run time (e.g. 'audit.fields' + '.' + field), in every language.
        const isBranch = (l: (typeof LANGUAGES)[number]) => [...flat[l].keys()].some((k) => k.startsWith(`${text}.`));
        for (const l of LANGUAGES) if (typeof lookup(l, text) !== 'string' && !isBranch(l)) missing.push(`${name}: ${l} ${text}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('has no literal user-facing text in components', () => {
    const literals: string[] = [];
    for (const { name, source } of files) {
      visit(source, (node) => {
        if (ts.isJsxText(node) && LETTER.test(node.text)) literals.push(`${name}: "${node.text.trim()}"`);
        if (
          ts.isJsxAttribute(node) &&
          SPOKEN_ATTRIBUTES.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer)
        ) {
          if (LETTER.test(node.initializer.text)) literals.push(`${name}: ${node.name.getText()}="${node.initializer.text}"`);
        }
      });
    }
    expect(literals).toEqual([]);
  });
});
