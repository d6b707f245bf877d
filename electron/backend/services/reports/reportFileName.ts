/**
 * The suggested file name of an assessment's PDF report (issue 12, item 7): the client's code, the
 * instrument's short code and the export date, `K7MX-2P9Q_HTP_2026-03-18.pdf`, so a folder of reports
 * sorts by client and reads without opening them. Never the name or a record id. Anything outside
 * Latin letters, digits and dashes becomes a dash, so the name is safe on every file system.
 */
export function reportFileName(parts: { clientCode: string; instrumentCode: string; at: Date }): string {
  const safe = (value: string) =>
    value
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '') || 'x';
  const pad = (n: number) => String(n).padStart(2, '0');
  const { at } = parts;
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${safe(parts.clientCode)}_${safe(parts.instrumentCode)}_${date}.pdf`;
}
