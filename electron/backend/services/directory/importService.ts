/**
 * CSV import of organisations (issue 17 §1), in two calls: the preview reads and checks the chosen file and
 * finds the lines that match an organisation already in the directory; the confirm writes the good lines in
 * one transaction, merging, adding or skipping each duplicate as the person chose. Between the two the lines
 * are held in this sign-in's memory (keyed by its state object, so a lock or sign-out forgets them) and never
 * sent to the renderer, which receives the counts, the per-line errors and the duplicates only.
 *
 * Audited once, at confirm, with counts only (`directory.imported`); never a name or the file's path.
 */
import { readFile, stat } from 'node:fs/promises';
import type { z } from 'zod';
import {
  IMPORT_MAX_BYTES,
  type DuplicateAction,
  type ImportDuplicate,
  type ImportPreview,
  ORGANISATION_FIELDS,
  type OrganisationField,
  type OrganisationFields,
  type directoryChannels,
  organisationFieldsSchema,
} from '../../../contract/directoryChannels';
import { AppFailure } from '../../../contract/errors';
import type { Db } from '../../db/connection';
import { type OrganisationRow, findByDupKey, insertOrganisation, updateOrganisation } from '../../db/repos/organisationsRepo';
import type { SignInState, SignedInContext } from '../signedIn';
import { type CsvLine, readOrganisationsCsv } from './csvRead';
import { rowFields, toWrite } from './mapping';

type Input<C extends keyof typeof directoryChannels> = z.output<(typeof directoryChannels)[C]['input']>;

type Pending = { id: string; lines: number; errorLines: number; good: CsvLine[] };
/** One preview per sign-in: a new one replaces the last. */
const pending = new WeakMap<SignInState, Pending>();

const isEmpty = (v: unknown) => v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * What merging a line into a stored organisation gives: each non-empty cell of the line replaces the stored
 * value; languages are joined (a list that names Kazakh does not take Russian away); empty cells keep
 * what is stored. The fields named are those that change.
 */
export function mergeLine(
  stored: OrganisationFields,
  line: OrganisationFields,
): { merged: OrganisationFields; changes: OrganisationField[] } {
  const merged: Record<string, unknown> = { ...stored };
  const changes: OrganisationField[] = [];
  for (const f of ORGANISATION_FIELDS) {
    const value = line[f];
    if (isEmpty(value)) continue;
    const next = f === 'languages' ? [...new Set([...stored.languages, ...line.languages])] : value;
    if (JSON.stringify(next) !== JSON.stringify(stored[f])) {
      merged[f] = next;
      changes.push(f);
    }
  }
  return { merged: merged as OrganisationFields, changes };
}

/** The oldest stored organisation a line duplicates, if any. */
const duplicateOf = (db: Db, line: CsvLine): OrganisationRow | undefined => findByDupKey(db, line.dupKey)[0];

export async function previewImport(s: SignedInContext, input: Input<'directory:importPreview'>): Promise<ImportPreview | null> {
  if (!s.pickFiles) throw new AppFailure('EXPORT_UNAVAILABLE', 'no way to choose files is configured');
  const paths = await s.pickFiles({ name: 'CSV', extensions: ['csv', 'txt'], multiple: false });
  const path = paths?.[0];
  if (path === undefined) return null;
  let bytes: Buffer;
  try {
    // A file far too large is refused before it is read into memory.
    if ((await stat(path)).size > IMPORT_MAX_BYTES)
      throw new AppFailure('CSV_UNREADABLE', 'the file is too large', { reasons: ['tooLarge'] });
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    // The error would quote the path.
    throw new AppFailure('CSV_UNREADABLE', 'the file could not be read', { reasons: ['notReadable'] });
  }
  const read = readOrganisationsCsv(bytes, input.defaultKind);
  const duplicates: ImportDuplicate[] = [];
  const errors = [...read.errors];
  let errorLines = read.errorLines;
  const good: CsvLine[] = [];
  for (const line of read.good) {
    const existing = duplicateOf(s.db, line);
    if (!existing) {
      good.push(line);
      continue;
    }
    const { merged, changes } = mergeLine(rowFields(existing), line.fields);
    const check = organisationFieldsSchema.safeParse(merged);
    if (!check.success) {
      // Only the wage range can break by mixing a line's cells with stored ones.
      errorLines += 1;
      errors.push({ line: line.line, field: 'wageMax', reason: 'wageRange', value: '' });
      continue;
    }
    good.push(line);
    duplicates.push({
      line: line.line,
      existing: {
        id: existing.id,
        kind: line.fields.kind,
        name: existing.name,
        city: existing.city,
        archived: existing.archived === 1,
      },
      changes,
    });
  }
  errors.sort((a, b) => a.line - b.line);
  const id = s.newId();
  pending.set(s.state, { id, lines: read.lines, errorLines, good });
  return {
    previewId: id,
    lines: read.lines,
    columns: read.columns,
    ignoredHeaders: read.ignoredHeaders,
    newCount: good.length - duplicates.length,
    errorLines,
    errors,
    duplicates,
  };
}

export function confirmImport(s: SignedInContext, input: Input<'directory:importConfirm'>) {
  const held = pending.get(s.state);
  if (!held || held.id !== input.previewId)
    throw new AppFailure('NOT_FOUND', 'the import preview is no longer held: choose the file again', {
      reasons: ['importPreview'],
    });
  const decisions = new Map<number, DuplicateAction>(input.decisions.map((d) => [d.line, d.action]));
  const counts = s.db.transaction(() => {
    let added = 0;
    let merged = 0;
    let skipped = 0;
    const at = s.nowIso();
    const by = s.account.id;
    const decided = new Set<number>();
    for (const line of held.good) {
      // Looked up again: the directory may have changed since the preview.
      const existing = duplicateOf(s.db, line);
      const action: DuplicateAction = existing ? (decisions.get(line.line) ?? 'merge') : 'add';
      if (decisions.has(line.line)) decided.add(line.line);
      if (action === 'skip') {
        skipped += 1;
      } else if (action === 'merge' && existing) {
        const { merged: fields, changes } = mergeLine(rowFields(existing), line.fields);
        if (changes.length > 0) updateOrganisation(s.db, existing.id, toWrite(organisationFieldsSchema.parse(fields), by, at));
        merged += 1;
      } else {
        insertOrganisation(s.db, { ...toWrite(line.fields, by, at), id: s.newId(), created_by: by, created_at: at });
        added += 1;
      }
    }
    const stray = input.decisions.find((d) => !decided.has(d.line));
    if (stray)
      throw new AppFailure('VALIDATION', 'a decision names a line that is not a duplicate', { reasons: [String(stray.line)] });
    s.audit(
      'directory.imported',
      { kind: 'organisation', id: null },
      {
        lines: held.lines,
        added,
        merged,
        skipped,
        errorLines: held.errorLines,
      },
    );
    return { added, merged, skipped };
  })();
  pending.delete(s.state);
  return counts;
}
