/**
 * CSV as RFC 4180 writes it (datatracker.ietf.org/doc/html/rfc4180): comma-separated fields, CRLF
 * line ends, a field quoted when it holds a comma, a quote or a line break, a quote inside doubled.
 * UTF-8 with a byte-order mark, so spreadsheet programs read Kazakh and Russian letters as UTF-8
 * rather than as the system's legacy code page.
 *
 * Text fields that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return: OWASP, "CSV Injection") get a leading apostrophe. Our labels come from our own texts and
 * from names an administrator typed (units), never from a client, but a unit called "=1+1" must
 * still open as text. Numbers are written as numbers (a dot before the decimals, no grouping), so a
 * spreadsheet can add them up; they are never prefixed.
 */

/** One field: a number stays a number; text is protected against formulas and quoted when needed. */
export type CsvField = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CsvField): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: rows of fields, CRLF after every row (the last one too), with a UTF-8 byte-order mark. */
export function toCsv(rows: readonly (readonly CsvField[])[]): Buffer {
  const body = rows.map((row) => row.map(field).join(',')).join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${body}\r\n`, 'utf8')]);
}
