/**
 * The printed re-entry plan (issue 17 §3): one A4 portrait page for the client to keep, in the client's language.
 * Self-contained like the assessment report (reports/reportHtml.ts): the report's Content-Security-Policy, no
 * scripts, no requests, every stored text escaped. It must stay one page whatever was typed: owners and notes
 * are clamped to a few lines (the full text stays on screen), and the page's own test prints every field at its
 * longest (tests/integration/reentry.test.ts).
 */
import { formatCalendarDate, formatDateTime } from '../../../../common/format';
import { isOverdue, reentryProgress } from '../../../../common/reentryProgress';
import { REENTRY_TEXT, fillReentry } from '../../../../common/reentryText';
import type { ReentryPlan } from '../../../contract/reentryChannels';
import type { Language } from '../../../contract/schemas';
import { REPORT_CONTENT_SECURITY_POLICY } from '../reports/reportHtml';
import { escapeHtml as e } from '../reports/reportFormat';

export type ReentrySheet = {
  language: Language;
  facilityName: string;
  clientCode: string;
  /** Printed only when the person printing chose to. */
  clientName: string | null;
  plan: ReentryPlan;
  /** The day it is printed (YYYY-MM-DD), for "overdue", and the moment, for the footer. */
  today: string;
  printedAt: Date;
};

const FONTS = `"Noto Sans", "Segoe UI", "DejaVu Sans", Arial, sans-serif`;

export function reentryHtml(sheet: ReentrySheet): string {
  const { language: lang, plan } = sheet;
  const text = REENTRY_TEXT[lang];
  const date = (d: string | null) => (d === null ? `<span class="na">${e(text.notSet)}</span>` : e(formatCalendarDate(lang, d)));
  const progress = reentryProgress(plan.items, sheet.today);
  const facts: [string, string][] = [
    [text.clientCode, `<span class="code">${e(sheet.clientCode)}</span>`],
    ...(sheet.clientName !== null ? [[text.clientName, e(sheet.clientName)] as [string, string]] : []),
    [text.releaseDate, date(plan.releaseDate)],
    [text.probationEnd, date(plan.probationEnd)],
    ...(plan.sentenceStart !== null || plan.sentenceEnd !== null
      ? [
          [
            text.sentence,
            fillReentry(e(text.sentenceRange), { start: date(plan.sentenceStart), end: date(plan.sentenceEnd) }),
          ] as [string, string],
        ]
      : []),
  ];
  const rows = plan.items
    .map((item) => {
      const muted = item.status === 'not-needed' ? ' class="not-needed"' : '';
      // Said in words, as on the screen, not by colour alone (the page may be printed in black and white).
      const overdue = isOverdue(item, sheet.today) ? `<div class="overdue">${e(text.overdue)}</div>` : '';
      return `<tr${muted}><th scope="row">${e(text.areas[item.area])}</th><td><div class="clamp3">${e(item.owner) || '—'}</div></td><td class="status status--${item.status}">${e(text.statuses[item.status])}</td><td class="nowrap">${item.dueOn === null ? '—' : e(formatCalendarDate(lang, item.dueOn))}${overdue}</td><td><div class="clamp3">${e(item.note)}</div></td></tr>`;
    })
    .join('');
  const progressLine =
    progress.percent === null
      ? e(text.nothingToDo)
      : `${e(fillReentry(text.progress, { done: progress.done, applicable: progress.applicable }))} <span class="bar" aria-hidden="true"><span style="width:${progress.percent}%"></span></span>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(REPORT_CONTENT_SECURITY_POLICY)}">
<title>${e(`${text.title} · ${sheet.clientCode}`)}</title>
<style>
@page { size: A4; margin: 14mm 14mm 14mm 14mm; }
* { box-sizing: border-box; }
html { font-family: ${FONTS}; font-size: 9.5pt; line-height: 1.35; color: #1c2326; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
.facility { font-size: 10pt; color: #1f5f54; font-weight: 600; margin-bottom: 1mm; overflow-wrap: anywhere; }
h1 { font-size: 18pt; margin: 0 0 2mm; color: #14302b; border-bottom: 1.6pt solid #1f5f54; padding-bottom: 2mm; }
.intro { margin: 0 0 3mm; font-size: 10pt; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 3mm; }
dt { color: #5a6468; }
dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.code { font-family: "DejaVu Sans Mono", Consolas, monospace; letter-spacing: 0.04em; }
.progress { margin: 0 0 3mm; font-weight: 600; font-size: 10.5pt; }
.bar { display: inline-block; width: 50mm; height: 3mm; border: 0.6pt solid #1f5f54; vertical-align: -0.4mm; margin-left: 3mm; border-radius: 1.5mm; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #1f5f54; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 1.6mm 1.5mm; border-bottom: 0.5pt solid #c9d1ce; overflow-wrap: anywhere; }
thead th { background: #eef2f0; color: #3d4a4e; font-weight: 600; }
tbody th { font-weight: 600; }
col.area { width: 23%; } col.owner { width: 19%; } col.status { width: 15%; } col.due { width: 12%; } col.note { width: 31%; }
/* A status is one or two whole words: never broken inside a word. */
td.status { overflow-wrap: normal; word-break: keep-all; hyphens: none; }
.nowrap { white-space: nowrap; }
.clamp3 { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; -webkit-line-clamp: 3; max-height: 4.1em; }
.status--done { color: #1f5f54; font-weight: 700; }
.not-needed { color: #7a8488; }
/* One whole word, small enough for the column: never broken inside (as a status). */
.overdue { color: #8a1c1c; font-weight: 700; font-size: 8pt; white-space: nowrap; overflow-wrap: normal; }
.na { color: #5a6468; font-weight: 400; font-style: italic; }
.keep { margin: 4mm 0 0; padding: 2mm 3mm; border-left: 2.4pt solid #1f5f54; background: #eef5f3; }
.printed { margin-top: 3mm; color: #5a6468; font-size: 8pt; }
</style>
</head>
<body>
<div class="facility">${e(sheet.facilityName)}</div>
<h1>${e(text.title)}</h1>
<p class="intro">${e(text.intro)}</p>
<dl>${facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>
<p class="progress">${progressLine}</p>
<table>
<colgroup><col class="area"><col class="owner"><col class="status"><col class="due"><col class="note"></colgroup>
<thead><tr><th scope="col">${e(text.area)}</th><th scope="col">${e(text.owner)}</th><th scope="col">${e(text.status)}</th><th scope="col">${e(text.due)}</th><th scope="col">${e(text.note)}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<p class="keep">${e(text.keep)}</p>
<p class="printed">${e(fillReentry(text.printed, { date: formatDateTime(lang, sheet.printedAt, 'minutes') }))}</p>
</body>
</html>
`;
}
