/**
 * The two files of a Trends view, from its ExportTable (exportTable.ts): CSV for spreadsheets, and a
 * self-contained A4 HTML page for the PDF (the renderPdf port prints it, as it prints the assessment
 * report: no scripts, no requests, every text escaped).
 */
import { type Language, formatNumber, formatPercentOf } from '../../../../../common/format';
import { REPORT_CONTENT_SECURITY_POLICY } from '../../reports/reportHtml';
import { escapeHtml as e } from '../../reports/reportFormat';
import { type CsvField, toCsv } from './csv';
import type { ExportCell, ExportTable } from './exportTable';

/** Statistics to two decimals in the CSV (a rate in percent, to one): enough for a mean of whole-number scores. */
function statNumber(value: number, percent: boolean): number {
  return percent ? Math.round(value * 1000) / 10 : Math.round(value * 100) / 100;
}

/** The CSV: title and facts, a blank line, the table, then the statistic and the notes, each after a blank line. */
export function trendsCsv(table: ExportTable): Buffer {
  const lines: CsvField[][] = [[table.title], ...table.facts, [], table.header, ...table.rows];
  if (table.statistic) {
    const { title, header, rows, percent } = table.statistic;
    lines.push([], [percent ? `${title}, %` : title], header);
    // Figures follow the period (and category) labels; a text cell ("<5", "") stays as it is.
    const labels = header.length - 6;
    for (const row of rows) lines.push(row.map((c, i) => (i >= labels && typeof c === 'number' ? statNumber(c, percent) : c)));
  }
  lines.push([], ...table.notes.map((n) => [n]));
  return toCsv(lines);
}

const FONTS = `"Noto Sans", "Segoe UI", "DejaVu Sans", Arial, sans-serif`;

function cellHtml(language: Language, cell: ExportCell, stat?: { percent: boolean }): string {
  if (typeof cell === 'string') return cell.startsWith('<') ? `<span class="hidden-value">${e(cell)}</span>` : e(cell);
  if (!stat) return e(formatNumber(language, cell));
  return e(stat.percent ? formatPercentOf(language, cell * 100, 1) : formatNumber(language, cell, { digits: 1 }));
}

function tableHtml(
  language: Language,
  header: string[],
  rows: ExportCell[][],
  labels: number,
  stat?: { percent: boolean },
): string {
  const head = header.map((h, i) => `<th scope="col"${i < labels ? '' : ' class="num"'}>${e(h)}</th>`).join('');
  const body = rows
    .map((row, r) => {
      const last = !stat && r === rows.length - 1 ? ' class="year"' : '';
      const cells = row
        .map((c, i) =>
          i < labels ? `<th scope="row">${e(String(c))}</th>` : `<td class="num">${cellHtml(language, c, stat)}</td>`,
        )
        .join('');
      return `<tr${last}>${cells}</tr>`;
    })
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The PDF's page: A4 landscape (wide tables of twelve months), the facts, the table, the statistic, the notes. */
export function trendsHtml(table: ExportTable, language: Language): string {
  const facts = table.facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('');
  const stat = table.statistic
    ? `<h2>${e(table.statistic.percent ? `${table.statistic.title}, %` : table.statistic.title)}</h2>${tableHtml(
        language,
        table.statistic.header,
        table.statistic.rows,
        table.statistic.header.length - 6,
        { percent: table.statistic.percent },
      )}`
    : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(REPORT_CONTENT_SECURITY_POLICY)}">
<title>${e(table.title)}</title>
<style>
@page { size: A4 landscape; margin: 14mm; }
* { box-sizing: border-box; }
html { font-family: ${FONTS}; font-size: 9pt; line-height: 1.35; color: #1c2326; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1 { font-size: 15pt; margin: 0 0 3mm; color: #14302b; }
h2 { font-size: 11pt; margin: 6mm 0 2mm; color: #14302b; }
dl { display: grid; grid-template-columns: max-content 1fr max-content 1fr max-content 1fr; gap: 1mm 3mm; margin: 0 0 4mm; }
dt { color: #5a6468; }
dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 1mm 1.5mm; border-bottom: 0.4pt solid #d5dcd9; text-align: left; vertical-align: top; }
thead th { background: #eef2f0; color: #3d4a4e; }
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
tr.year > * { font-weight: 700; border-top: 0.8pt solid #5a6468; }
tr { break-inside: avoid; }
.hidden-value { color: #8c2f39; font-weight: 600; }
.notes { margin: 5mm 0 0; padding: 2mm 3mm; border-left: 2.4pt solid #b7791f; background: #fbf6ec; }
.notes p { margin: 0 0 1.5mm; }
</style>
</head>
<body>
<h1>${e(table.title)}</h1>
<dl>${facts}</dl>
${tableHtml(language, table.header, table.rows, 1)}
${stat}
<div class="notes">${table.notes.map((n) => `<p>${e(n)}</p>`).join('')}</div>
</body>
</html>
`;
}
