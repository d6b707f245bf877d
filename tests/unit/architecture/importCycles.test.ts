import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports, type-only imports included. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    const from =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier
        ? statement.moduleSpecifier
        : undefined;
    if (from && ts.isStringLiteral(from) && from.text.startsWith('.')) specifiers.push(from.text);
  }
  return specifiers.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p));
    return found ? [found] : [];
  });
}

/** The import graph's cycles: strongly connected components of more than one file, or a file importing itself. */
export function importCycles(files: readonly string[], edges: (file: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of edges(file)) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || edges(file).includes(file)) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

describe('import graph', () => {
  it('finds a cycle through a type-only import, and none in a chain', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a'] };
    expect(importCycles(Object.keys(graph), (f) => graph[f] ?? [])).toEqual([['a', 'b', 'c']]);
    expect(importCycles(['a', 'b'], (f) => (f === 'a' ? ['b'] : []))).toEqual([]);
  });

  it.each(['electron', 'common', 'assessments', 'renderer'])(
    'has no import cycle in %s/, type-only imports included',
    (folder) => {
      const dir = join(ROOT, folder);
      if (!existsSync(dir)) return;
      const files = sourceFiles(dir);
      const cache = new Map<string, string[]>();
      const edges = (file: string) => cache.get(file) ?? cache.set(file, importsOf(file)).get(file)!;
      const cycles = importCycles(files, edges).map((c) => c.map((f) => relative(ROOT, f)));
      expect(cycles).toEqual([]);
    },
  );
});
