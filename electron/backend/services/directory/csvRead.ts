/**
 * Reading a CSV list of organisations (issue 17 §1), in the backend only: the renderer never sees a path
 * or the file. Parsed with papaparse (a maintained RFC 4180 parser: quoted cells, doubled quotes, line breaks
 * inside quotes), with the delimiter read from the header line (Excel in a Russian locale writes «;»), then every line is checked on its own, so one bad line is reported by
 * its number, field and reason and never stops the others.
 *
 * Line numbers are the ones a text editor shows (the header is line 1; a cell with line breaks inside
 * quotes spans several lines and its row is numbered by its first). Files that are not UTF-8 are read as
 * Windows-1251, what older Excel writes for Russian. A cell that our own export protected against
 * formulas ("'=…", "'+7…") is read back without the apostrophe.
 */
import Papa from 'papaparse';
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_LINES,
  IMPORT_MAX_LISTED,
  ORGANISATION_LIMITS,
  type CsvLineError,
  type CsvLineReason,
  type OrganisationField,
  type OrganisationFields,
  organisationFieldsSchema,
  organisationIssues,
} from '../../../contract/directoryChannels';
import { AppFailure } from '../../../contract/errors';
import type { OrganisationKind } from '../../../contract/organisationKinds';
import { headerField, kindOf, languagesOf, yesNoOf } from './csvWords';
import { fieldsDupKey } from './mapping';

export type CsvLine = { line: number; fields: OrganisationFields; dupKey: string };
export type CsvRead = {
  columns: { header: string; field: OrganisationField }[];
  ignoredHeaders: string[];
  /** Data lines read (empty lines skipped). */
  lines: number;
  good: CsvLine[];
  /** At most IMPORT_MAX_LISTED. */
  errors: CsvLineError[];
  errorLines: number;
};

const unreadable = (reason: string) =>
  new AppFailure('CSV_UNREADABLE', `the CSV file cannot be read: ${reason}`, { reasons: [reason] });

function decode(bytes: Buffer): string {
  if (bytes.length > IMPORT_MAX_BYTES) throw unreadable('tooLarge');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1251').decode(bytes);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) throw unreadable('notText');
  if (text.trim() === '') throw unreadable('empty');
  return text;
}

const TEXT_LIMITS: Partial<Record<OrganisationField, number>> = ORGANISATION_LIMITS;
const MULTILINE: ReadonlySet<OrganisationField> = new Set(['notes', 'vacancies', 'address']);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK = /[\n\t]/;

/** A cell as a person meant it: our export's formula guard removed, line ends unified, trimmed. */
function clean(raw: string): string {
  return raw
    .replace(/^'(?=[=+\-@])/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/** "150 000", "150000 ₸", "150 000 тг" → 150000; undefined when not a whole non-negative number. */
function wholeNumber(cell: string): number | undefined {
  const digits = cell
    .toLowerCase()
    .replace(/(₸|тг\.?|тенге|теңге|kzt)$/u, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,12}$/.test(digits)) return undefined;
  return Number(digits);
}

/** YYYY-MM-DD or DD.MM.YYYY (D.M.YYYY too) of a day that exists; undefined otherwise. */
function calendarDate(cell: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell);
  let [y, mo, d] = m ? [m[1]!, m[2]!, m[3]!] : ['', '', ''];
  if (!m) {
    m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(cell);
    if (!m) return undefined;
    [d, mo, y] = [m[1]!.padStart(2, '0'), m[2]!.padStart(2, '0'), m[3]!];
  }
  const iso = `${y}-${mo}-${d}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

const EMPTY: OrganisationFields = {
  kind: 'other',
  name: '',
  address: '',
  city: '',
  district: '',
  phone: '',
  email: '',
  contactPerson: '',
  languages: [],
  notes: '',
  sector: '',
  quotaPlaces: null,
  quotaUpdatedOn: null,
  vacancies: '',
  wageMin: null,
  wageMax: null,
  shifts: '',
  acceptsConvictions: null,
};

type CellResult = { ok: true; value: unknown } | { ok: false; reason: CsvLineReason };
const ok = (value: unknown): CellResult => ({ ok: true, value });
const bad = (reason: CsvLineReason): CellResult => ({ ok: false, reason });

/** One cell to its field's value (an empty cell is the field's empty value). */
function readCell(field: OrganisationField, cell: string, defaultKind: OrganisationKind): CellResult {
  switch (field) {
    case 'kind':
      return cell === '' ? ok(defaultKind) : ((k) => (k ? ok(k) : bad('unknownKind')))(kindOf(cell));
    case 'languages':
      return ((l) => (l ? ok(l) : bad('unknownLanguage')))(languagesOf(cell));
    case 'quotaPlaces':
    case 'wageMin':
    case 'wageMax': {
      if (cell === '') return ok(null);
      const n = wholeNumber(cell);
      const max = field === 'quotaPlaces' ? ORGANISATION_LIMITS.quotaPlaces : ORGANISATION_LIMITS.wage;
      return n === undefined || n > max ? bad('notANumber') : ok(n);
    }
    case 'quotaUpdatedOn':
      return cell === '' ? ok(null) : ((d) => (d ? ok(d) : bad('notADate')))(calendarDate(cell));
    case 'acceptsConvictions':
      return ((v) => (v === undefined ? bad('notYesNo') : ok(v)))(yesNoOf(cell));
    default: {
      const limit = TEXT_LIMITS[field] ?? 0;
      if (CONTROL.test(cell) || (!MULTILINE.has(field) && LINE_BREAK.test(cell))) {
        // An address broken over lines is one line with commas.
        return bad('controlCharacters');
      }
      if (cell.length > limit) return bad('tooLong');
      if (field === 'name' && cell === '') return bad('required');
      if (field === 'email' && cell !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell)) return bad('notAnEmail');
      return ok(cell);
    }
  }
}

/**
 * The delimiter, from the header line: the one of , ; tab it holds most often outside quotes (papaparse's own
 * guess counts the empty last line and falls back to a comma on short files).
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const shown = (cell: string) => (cell.length > 80 ? `${cell.slice(0, 79)}…` : cell);

/** Reads the file's bytes to checked lines and per-line errors; CSV_UNREADABLE when the file cannot be used at all. */
export function readOrganisationsCsv(bytes: Buffer, defaultKind: OrganisationKind): CsvRead {
  const text = decode(bytes);
  // Line numbers: the offset where each line starts, searched by the offset where each row starts.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const rows: { line: number; cells: string[]; quotesBroken: boolean }[] = [];
  let rowStart = 0;
  let tooMany = false;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step(result, parser) {
      // The row starts after the line break that ended the previous one.
      let start = rowStart;
      while (text[start] === '\r' || text[start] === '\n') start += 1;
      rowStart = result.meta.cursor;
      const cells = result.data;
      if (cells.every((c) => c.trim() === '')) return;
      if (rows.length > IMPORT_MAX_LINES) {
        tooMany = true;
        parser.abort();
        return;
      }
      rows.push({ line: lineAt(start), cells, quotesBroken: result.errors.some((e) => e.type === 'Quotes') });
    },
  });
  if (tooMany) throw unreadable('tooManyLines');
  const header = rows.shift();
  if (!header) throw unreadable('empty');

  const columns: CsvRead['columns'] = [];
  const ignoredHeaders: string[] = [];
  const fieldAt: (OrganisationField | null)[] = header.cells.map((raw) => {
    const h = raw.replace(/^\uFEFF/, '').trim();
    const field = headerField(h);
    if (field === null || columns.some((c) => c.field === field)) {
      if (h !== '') ignoredHeaders.push(h);
      return null;
    }
    columns.push({ header: h, field });
    return field;
  });
  if (!columns.some((c) => c.field === 'name')) throw unreadable('noNameColumn');

  const good: CsvLine[] = [];
  const errors: CsvLineError[] = [];
  let errorLines = 0;
  const firstLineOf = new Map<string, number>();
  for (const { line, cells, quotesBroken } of rows) {
    const lineErrors: CsvLineError[] = [];
    const fields: Record<string, unknown> = { ...EMPTY, kind: defaultKind };
    if (quotesBroken) lineErrors.push({ line, field: null, reason: 'badQuotes', value: shown(cells.join(', ')) });
    cells.forEach((raw, i) => {
      const field = i < fieldAt.length ? fieldAt[i] : undefined;
      const cell = clean(raw);
      if (field === undefined) {
        if (cell !== '' && !lineErrors.some((e) => e.reason === 'tooManyCells'))
          lineErrors.push({ line, field: null, reason: 'tooManyCells', value: shown(cell) });
        return;
      }
      if (field === null) return;
      const result = readCell(field, cell, defaultKind);
      if (result.ok) fields[field] = result.value;
      else lineErrors.push({ line, field, reason: result.reason, value: shown(cell) });
    });
    if (lineErrors.length === 0) {
      const o = fields as OrganisationFields;
      for (const issue of organisationIssues(o)) {
        lineErrors.push({
          line,
          field: issue.path,
          reason: issue.reason,
          value: shown(String(o[issue.path] ?? '')),
        });
      }
    }
    if (lineErrors.length === 0) {
      // Every rule above is the contract's; this only guards against the two drifting apart.
      const parsed = organisationFieldsSchema.safeParse(fields);
      if (!parsed.success) {
        const path = parsed.error.issues[0]?.path[0];
        const field = typeof path === 'string' ? (path as OrganisationField) : null;
        lineErrors.push({ line, field, reason: 'required', value: '' });
      } else {
        const dupKey = fieldsDupKey(parsed.data);
        const first = firstLineOf.get(dupKey);
        if (first !== undefined) lineErrors.push({ line, field: 'name', reason: 'duplicateInFile', value: String(first) });
        else {
          firstLineOf.set(dupKey, line);
          good.push({ line, fields: parsed.data, dupKey });
        }
      }
    }
    if (lineErrors.length > 0) {
      errorLines += 1;
      errors.push(...lineErrors.slice(0, Math.max(0, IMPORT_MAX_LISTED - errors.length)));
    }
  }
  return { columns, ignoredHeaders, lines: rows.length, good, errors, errorLines };
}
