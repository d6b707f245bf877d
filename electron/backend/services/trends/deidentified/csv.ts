/** CSV as RFC 4180 writes it (CRLF, quotes doubled), with a UTF-8 byte-order mark so spreadsheet programs read Cyrillic. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Buffer {
  const cell = (v: string | number | null) => {
    const text = v === null ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
