import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every markdown document that a comment or a doc cites is in the repository, and so is every
 * section it names: a reader who follows "docs/INSTRUMENTS.md, Free drawing" finds that heading.
 * Nothing points to the shared notes beside the repository (../shared), which do not travel with
 * the code; the design notes the code cites are copied into docs/.
 *
 * A path with a slash is read from the citing file's folder or from the repository root; a bare
 * name is the file beside the citing file or the one in docs/.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const SELF = relative(ROOT, import.meta.filename)
  .split(sep)
  .join('/');
const FOLDERS = ['electron', 'renderer', 'assessments', 'common', 'scripts', 'tests', 'docs'];
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'test-results', 'test-results-electron']);
const CODE = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs']);
const TEXT = new Set([...CODE, '.md', '.json', '.yml', '.yaml', '.css', '.html']);

/** File names that are examples of what a file may be called, not documents being cited. */
const NOT_CITATIONS = new Set(['scripts/about/licences.ts LICENSE.md']);

/** A markdown file named in prose, a comment or a link target. */
const DOC_REF = /(?<![\w./-])((?:\.{1,2}\/)*(?:[\w-]+\/)*[\w-]+\.md)(?![\w-])/g;
/** A relative path into a folder called shared beside the repository, or the shared notes by absolute path. */
const SHARED_REF = /(?<![\w.-])((?:\.\.\/)+shared|\/work\/shared)\b((?:\/[\w-]+(?:\.[\w-]+)*)*)/g;

type Problem = string;

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) walk(path);
      } else if (TEXT.has(extname(name))) files.push(path);
    }
  };
  for (const folder of FOLDERS) walk(join(ROOT, folder));
  for (const name of readdirSync(ROOT)) {
    const path = join(ROOT, name);
    if (statSync(path).isFile() && (name.endsWith('.md') || CODE.has(extname(name)))) files.push(path);
  }
  return files.map((f) => relative(ROOT, f).split(sep).join('/')).filter((f) => f !== SELF);
}

/** Replaces each match of `pattern` with as many spaces, so offsets (and line numbers) stay true. */
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}

/**
 * The text a reader sees: comment continuations (`*`, `//`) joined into one line, URLs and the
 * visible part of markdown links blanked. Same length as the input.
 */
function prose(text: string, isMarkdown: boolean): string {
  let out = blank(text, /\bhttps?:\/\/[^\s)'"`>]+/g);
  if (isMarkdown) out = blank(out, /\[[^\]\n]*\](?=\([^)\s]+\))/g);
  return blank(out, /\n[ \t]*(?:\/\/+|\*(?!\/))?[ \t]*/g);
}

const normalize = (s: string): string =>
  s
    .replace(/[*`_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:;,]+$/, '')
    .toLowerCase();

/** Names a document's sections go by: headings (also without their "(…)" or "— …" tail), label lines, and list or bold labels. */
function sectionNames(markdown: string): { names: Set<string>; numbered: string[] } {
  const names = new Set<string>();
  const numbered: string[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6}\s+(.+)$/.exec(line);
    if (heading) {
      const title = heading[1];
      numbered.push(title.trim());
      for (const name of [title, title.split(' — ')[0], title.split(' (')[0]]) names.add(normalize(name));
      continue;
    }
    if (/^[A-Z][\w -]{0,50}$/.test(line.trim())) names.add(normalize(line));
    const label = /^\s*[-*]\s+(?:\*\*)?([^:*\n]{1,60}?)(?:\*\*)?[:.]\s/.exec(line);
    if (label) names.add(normalize(label[1]));
    for (const bold of line.matchAll(/\*\*([^*]{1,80})\*\*/g)) names.add(normalize(bold[1]));
  }
  return { names, numbered };
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Resolves a cited document; undefined when it is not a file inside the repository. */
function resolveDoc(file: string, ref: string): string | undefined {
  const here = dirname(join(ROOT, file));
  const candidates = ref.includes('/') ? [resolve(here, ref), resolve(ROOT, ref)] : [join(here, ref), join(ROOT, 'docs', ref)];
  return candidates.find((c) => c.startsWith(ROOT + sep) && existsSync(c) && statSync(c).isFile());
}

/** Broken references in one file's text; `file` is relative to the repository root. */
function problemsIn(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const isMarkdown = file.endsWith('.md');
  const seen = prose(text, isMarkdown);
  const at = (offset: number) => `${file}:${lineOf(text, offset)}`;

  for (const m of seen.matchAll(SHARED_REF)) {
    const path = m[1] + m[2];
    const target = path.startsWith('/') ? path : resolve(dirname(join(ROOT, file)), path);
    const inside =
      target.startsWith(ROOT + sep) && ['', '.ts', '.tsx', '.md', '/index.ts'].some((ext) => existsSync(target + ext));
    if (!inside) problems.push(`${at(m.index)}: ${path} is not in the repository (the design notes are in docs/)`);
  }

  for (const m of seen.matchAll(DOC_REF)) {
    const ref = m[1];
    const end = m.index + ref.length;
    const before = text[m.index - 1];
    // A whole string literal ('README.md') is data, not a citation.
    if (CODE.has(extname(file)) && (before === "'" || before === '"') && text[end] === before) continue;
    if (NOT_CITATIONS.has(`${file} ${ref}`)) continue;
    const target = resolveDoc(file, ref);
    if (!target) {
      if (!ref.includes('../shared/')) problems.push(`${at(m.index)}: ${ref} is not a file in the repository`);
      continue;
    }
    const rest = seen.slice(end, end + 400);
    const doc = readFileSync(target, 'utf8');
    const { names, numbered } = sectionNames(doc);
    const number = /^\s*,?\s*§\s*(\d+(?:\.\d+)*)/.exec(rest);
    const quotedName = /^(?:,\s*|\s+)"([^"]+)"/.exec(rest);
    const plainName =
      /^,\s*([A-Za-z][A-Za-z -]{0,40}?)\s*(?=[):;])/.exec(rest) ?? /^\s+\(([A-Za-z][A-Za-z -]{0,40})\)/.exec(rest);
    const quote = /^(?:,\s*[^:"()]{1,40})?:\s*"([^"]+)"/.exec(rest);
    if (number && !numbered.some((h) => new RegExp(`^(?:§\\s*)?${number[1].replace(/\./g, '\\.')}(?![\\d.]*\\d)`).test(h)))
      problems.push(`${at(m.index)}: ${ref} has no section § ${number[1]}`);
    const name = quotedName?.[1] ?? plainName?.[1];
    if (!number && name !== undefined && !names.has(normalize(name)))
      problems.push(`${at(m.index)}: ${ref} has no section "${name}"`);
    if (quote && !normalize(doc).includes(normalize(quote[1])))
      problems.push(`${at(m.index)}: ${ref} does not say "${quote[1]}"`);
  }
  return problems;
}

describe('references to design notes', () => {
  it('resolve inside the repository, down to the cited section', () => {
    const problems = sourceFiles().flatMap((file) => problemsIn(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('the check itself catches a path outside, a missing document, a missing section and a misquote', () => {
    const file = 'assessments/instruments/example.ts';
    const comment = (body: string) => `/**\n * ${body}\n */\nexport const x = 1;\n`;
    expect(
      problemsIn(
        file,
        comment('Rules from docs/INSTRUMENTS.md, Free drawing; data model in docs/DESIGN.md "Instruments\n * and scoring".'),
      ),
    ).toEqual([]);
    expect(problemsIn(file, comment('Rules from ../shared/INSTRUMENTS.md.'))).toEqual([
      `${file}:2: ../shared/INSTRUMENTS.md is not in the repository (the design notes are in docs/)`,
    ]);
    expect(problemsIn(file, comment('See docs/NOTES.md.'))).toEqual([`${file}:2: docs/NOTES.md is not a file in the repository`]);
    expect(problemsIn(file, comment('See (docs/DESIGN.md, Canvas painting).'))).toEqual([
      `${file}:2: docs/DESIGN.md has no section "Canvas painting"`,
    ]);
    expect(problemsIn(file, comment('See docs/DESIGN.md §4.'))).toEqual([`${file}:2: docs/DESIGN.md has no section § 4`]);
    expect(problemsIn(file, comment('As (docs/DESIGN.md: "the gap recorded as such").'))).toEqual([
      `${file}:2: docs/DESIGN.md does not say "the gap recorded as such"`,
    ]);
    expect(problemsIn(file, comment('As (docs/DESIGN.md, Drawings: "at most the last couple of seconds").'))).toEqual([]);
    expect(problemsIn(file, "const names = ['LICENSE.md'];\n")).toEqual([]);
  });
});
