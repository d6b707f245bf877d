/**
 * The report as one self-contained HTML page for A4 print (Electron's printToPDF in the app,
 * Chromium in tests): no scripts, no external resources (drawings are inline SVG or data: URIs),
 * every piece of stored text escaped. Page numbers and the client code are in the page margins
 * (CSS @page margin boxes), so every sheet says whose record it is and where it belongs.
 * Addenda follow the signature: they were written and signed after it (docs/DESIGN.md, clinical integrity).
 */
import { type Language, formatDate, formatDateTime as formatDateAndTime, formatNumber } from '../../../../common/format';
import { escapeHtml as e } from './reportFormat';
import { metricRowsHtml } from './metricRows';
import { REFERRAL_KINDS } from '../../../contract/assessmentChannels';
import type { ReportDrawing, ReportModel, ReportPage } from './reportModel';
import { REFERRAL_TEXT, REPORT_TEXT, type ReportText, fill } from './reportText';
import { REPORT_WORDING_TEXT } from './reportWordingText';
import { CLIENT_PROFILE_TEXT } from '../../../../common/clientProfileText';

/**
 * The report's own policy, in the page itself so that it holds wherever it is printed: nothing
 * runs, nothing is fetched; only its inline styles and data: pictures are used.
 */
export const REPORT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Date and time to the minute: the paper's reader needs no seconds. Local time: the report is read where it was made. */
const formatDateTime = (language: Language, at: Date): string => formatDateAndTime(language, at, 'minutes');

/** A CSS string literal; `<` escaped too, so nothing can close the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** Kazakh needs ә ғ қ ң ө ұ ү һ і: Noto Sans and DejaVu Sans (Linux), Segoe UI and Arial (Windows) have them all. */
const FONTS = `"Noto Sans", "Segoe UI", "DejaVu Sans", Arial, sans-serif`;

function styles(model: ReportModel, text: ReportText): string {
  const footerLeft = `${text.clientCode}: ${model.client.code} · ${model.instrument.code}`;
  return `
@page {
  size: A4;
  margin: 16mm 16mm 18mm 16mm;
  @bottom-left { content: ${cssString(footerLeft)}; font: 7.5pt ${FONTS}; color: #5a6468; }
  @bottom-right { content: ${cssString(`${text.pageNumber} `)} counter(page) ${cssString(` ${text.pageOf} `)} counter(pages); font: 7.5pt ${FONTS}; color: #5a6468; }
}
* { box-sizing: border-box; }
html { font-family: ${FONTS}; font-size: 9.5pt; line-height: 1.4; color: #1c2326; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 1mm; font-weight: 700; color: #14302b; }
h2 { font-size: 11.5pt; margin: 6mm 0 2.5mm; padding-bottom: 1mm; border-bottom: 0.6pt solid #9fb3ad; color: #14302b; break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2mm; }
.masthead { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; border-bottom: 1.6pt solid #1f5f54; padding-bottom: 3mm; }
.facility { font-size: 10pt; color: #1f5f54; font-weight: 600; margin-bottom: 1.5mm; }
.stamp { flex: none; border: 0.8pt solid #8c2f39; color: #8c2f39; font-size: 7.5pt; font-weight: 600; padding: 1mm 2mm; border-radius: 1mm; max-width: 52mm; text-align: center; }
.facts { display: grid; grid-template-columns: 38mm 1fr 38mm 1fr; gap: 1.2mm 3mm; margin: 3.5mm 0 0; }
.facts dt { color: #5a6468; }
.facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.code { font-family: "DejaVu Sans Mono", Consolas, monospace; letter-spacing: 0.04em; }
.caveat { margin: 4mm 0 0; padding: 2mm 3mm; border-left: 2.4pt solid #b7791f; background: #fbf6ec; font-size: 8.5pt; }
.drawing-caveats { margin-top: 2mm; font-size: 7.5pt; }
.drawing-caveats p { margin: 0 0 1mm; }
.drawing { margin: 0 0 5mm; }
.drawing__row { display: flex; gap: 5mm; align-items: flex-start; break-inside: avoid; }
/* A landscape sheet fills the width with its metrics below; only the sheet itself must not be cut. */
.drawing--landscape .drawing__row { flex-direction: column; break-inside: auto; }
.sheet { flex: none; border: 0.6pt solid #b9c4c0; background: #ffffff; break-inside: avoid; }
tr { break-inside: avoid; }
.sheet svg, .sheet img { display: block; width: 100%; height: 100%; }
.drawing--portrait .sheet { width: 84mm; height: 118.8mm; }
.drawing--landscape .sheet { width: 150mm; height: 106.1mm; }
.drawing__side { flex: 1; min-width: 0; }
.note { color: #5a6468; font-size: 8.5pt; }
.meta-line { margin: 2pt 0; font-size: 9pt; }
.working-text { border-left: 2.5pt solid #b26b00; padding: 3pt 6pt; background: #fff6e5; color: #4a3300; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; border-bottom: 0.4pt solid #d5dcd9; }
th { font-weight: 600; color: #3d4a4e; background: #eef2f0; }
.metrics th { width: 44%; background: none; font-weight: 400; color: #5a6468; }
.metrics { font-size: 8.5pt; }
.na { color: #5a6468; font-style: italic; }
.reason { color: #5a6468; }
.swatch { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; border: 0.4pt solid #5a6468; margin-right: 1mm; vertical-align: -0.3mm; }
.inquiry { margin: 2mm 0 0; }
.inquiry dt { font-weight: 600; break-after: avoid; }
.inquiry dd { margin: 0 0 1.5mm 4mm; white-space: pre-wrap; overflow-wrap: anywhere; }
.scores td.num { white-space: nowrap; font-weight: 600; }
.scores .sub { display: block; color: #5a6468; font-size: 8pt; font-weight: 400; }
.obs { columns: 2; column-gap: 8mm; margin: 0; padding: 0; list-style: none; }
.obs li { break-inside: avoid; padding: 0.5mm 0; border-bottom: 0.3pt dotted #c9d1ce; }
.obs .v { font-weight: 600; white-space: pre-wrap; overflow-wrap: anywhere; }
.prose { white-space: pre-wrap; overflow-wrap: anywhere; }
.referrals { margin: 0; padding-left: 5mm; }
.addendum { break-inside: avoid; border-left: 1.6pt solid #9fb3ad; padding: 0.5mm 0 0.5mm 3mm; margin: 0 0 3mm; }
.addendum__meta { color: #5a6468; font-size: 8.5pt; margin-bottom: 0.8mm; }
.signature { break-inside: avoid; margin-top: 8mm; display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6mm; }
.signature dt { color: #5a6468; font-size: 8.5pt; }
.signature dd { margin: 0; font-weight: 600; }
.signature__line { border-bottom: 0.8pt solid #1c2326; height: 9mm; }
.produced { margin-top: 6mm; color: #5a6468; font-size: 8pt; }
`;
}

function drawingHtml(drawing: ReportDrawing): string {
  if (drawing.medium === 'paper') return `<img alt="" src="data:${drawing.mime};base64,${drawing.base64}">`;
  return drawing.svg;
}

function pageHtml(model: ReportModel, text: ReportText, page: ReportPage): string {
  const orientation = page.orientation === 'landscape' ? 'landscape' : 'portrait';
  let side: string;
  if (page.drawing === null) {
    side = `<p class="note">${e(text.notDrawn)}</p>`;
  } else if (page.drawing.medium === 'paper') {
    side = `<p class="note">${e(text.paperDrawing)}</p><h3>${e(text.metricsHeading)}</h3><p class="na">${e(text.metricsPaper)}</p>`;
  } else {
    const rows = metricRowsHtml(model.language, page.drawing.metrics)
      .map((r) => `<tr><th scope="row">${e(r.label)}</th><td>${r.html}</td></tr>`)
      .join('');
    const unfinished = page.drawing.metrics.finished ? '' : `<p class="note">${e(text.metricsNotFinished)}</p>`;
    side = `<h3>${e(text.metricsHeading)}</h3>${unfinished}<table class="metrics">${rows}</table>${drawingCaveatsHtml(model)}`;
  }
  const inquiry =
    page.inquiry.length === 0
      ? ''
      : `<h3>${e(text.inquiryHeading)}</h3><dl class="inquiry">${page.inquiry
          .map(
            (q) =>
              `<dt>${e(q.question)}</dt><dd>${q.answer.trim() ? e(q.answer) : `<span class="na">${e(text.noAnswer)}</span>`}</dd>`,
          )
          .join('')}</dl>`;
  const sheet = page.drawing ? `<div class="sheet">${drawingHtml(page.drawing)}</div>` : '';
  return `<section class="drawing drawing--${orientation}"><h3>${e(page.title)}</h3><div class="drawing__row">${sheet}<div class="drawing__side">${side}</div></div>${inquiry}</section>`;
}

/** Issue 13 §1: a working text's band carries "published cut-offs are for the validated version". */
function workingText(model: ReportModel): boolean {
  return model.instrument.administration?.textStatus === 'working';
}

/** Issue 13 §1, §3: the language of administration and its text status, the working-translation notice and the licence. */
function wordingHtml(model: ReportModel): string {
  if (model.instrument.kind !== 'questionnaire') return '';
  const w = REPORT_WORDING_TEXT[model.language];
  const a = model.instrument.administration;
  const given = a ? `${w.languageName[a.language]} — ${a.textStatus === 'validated' ? w.validated : w.working}` : w.notRecorded;
  const notice = a?.textStatus === 'working' ? `<p class="note working-text" role="note">${e(w.workingNotice)}</p>` : '';
  const licence = [model.instrument.copyright, model.instrument.licence].filter((x): x is string => !!x).join(' · ');
  return `<p class="meta-line"><strong>${e(w.administered)}:</strong> ${e(given)}</p>${notice}${
    licence ? `<p class="meta-line licence"><strong>${e(w.licence)}:</strong> ${e(licence)}</p>` : ''
  }`;
}

/**
 * Issue 13 §6: the drawing protocol's caveats next to what is counted or measured from a drawing
 * (process metrics, DAPR's Stress / Resources / Coping counts), in the report's language.
 */
function drawingCaveatsHtml(model: ReportModel): string {
  const caveats = model.instrument.kind === 'drawing' ? (model.instrument.caveats ?? []) : [];
  if (caveats.length === 0) return '';
  return `<div class="caveat drawing-caveats" role="note">${caveats.map((c) => `<p>${e(c)}</p>`).join('')}</div>`;
}

function scoresHtml(model: ReportModel, text: ReportText): string {
  if (model.scores.length === 0) return '';
  const caveat = workingText(model) ? `<span class="sub">${e(REPORT_WORDING_TEXT[model.language].cutOffCaveat)}</span>` : '';
  const rows = model.scores
    .map((s) => {
      const value =
        s.value === null
          ? `<span class="na">${e(text.notComputed)}</span>`
          : e(formatNumber(model.language, s.value, { digits: 1 }));
      const prorated = s.prorated ? `<span class="sub">${e(text.prorated)}</span>` : '';
      const band =
        s.band === null
          ? e(text.noBand)
          : `${e(s.band)}${s.informal ? `<span class="sub">${e(text.informalBand)}</span>` : ''}${s.informal ? '' : caveat}`;
      return `<tr><td>${e(s.name)}</td><td class="num">${value}${prorated}</td><td>${band}</td></tr>`;
    })
    .join('');
  return `<h2>${e(text.scoresHeading)}</h2>${wordingHtml(model)}<table class="scores"><thead><tr><th>${e(text.scale)}</th><th>${e(text.score)}</th><th>${e(text.band)}</th></tr></thead><tbody>${rows}</tbody></table>${drawingCaveatsHtml(model)}`;
}

function observationsHtml(model: ReportModel, text: ReportText): string {
  const sections = model.observations.filter((s) => s.items.length > 0);
  if (sections.length === 0) return '';
  return `<h2>${e(text.observationsHeading)}</h2>${sections
    .map(
      (s) =>
        `<h3>${e(s.title)}</h3><ul class="obs">${s.items.map((i) => `<li>${e(i.label)}: <span class="${i.muted ? 'v na' : 'v'}">${e(i.value)}</span></li>`).join('')}</ul>`,
    )
    .join('')}`;
}

function prose(value: string, text: ReportText): string {
  return value.trim() ? `<p class="prose">${e(value)}</p>` : `<p class="na">${e(text.notWritten)}</p>`;
}

function referralsHtml(model: ReportModel, text: ReportText): string {
  const ordered = [...model.referrals].sort((a, b) => REFERRAL_KINDS.indexOf(a.kind) - REFERRAL_KINDS.indexOf(b.kind));
  const body =
    ordered.length === 0
      ? `<p>${e(text.none)}</p>`
      : `<ul class="referrals">${ordered
          .map(
            (r) =>
              `<li><strong>${e(text[REFERRAL_TEXT[r.kind]])}</strong>${r.note.trim() ? ` — <span class="prose">${e(r.note)}</span>` : ''}</li>`,
          )
          .join('')}</ul>`;
  return `<h2>${e(text.referralsHeading)}</h2>${body}`;
}

/** Issue 17 §5: the profile facts that bear on how the client took part, each only when recorded. */
function profileFacts(model: ReportModel): Array<[string, string]> {
  const p = model.clientProfile;
  if (!p) return [];
  const w = CLIENT_PROFILE_TEXT[model.language];
  const facts: Array<[string, string]> = [];
  if (p.educationLevel !== null) facts.push([w.education, e(w.educationLevels[p.educationLevel])]);
  if (p.literacy !== null) facts.push([w.literacy, e(w.literacyLevels[p.literacy])]);
  if (p.questionnairesReadAloud !== null)
    facts.push([w.readAloud, e(p.questionnairesReadAloud ? w.readAloudYes : w.readAloudNo)]);
  return facts;
}

/** The whole report page; `model` comes from the stored record, never from the renderer. */
export function buildReportHtml(model: ReportModel): string {
  const text = REPORT_TEXT[model.language];
  const lang = model.language;
  const facts: Array<[string, string]> = [
    [text.clientCode, `<span class="code">${e(model.client.code)}</span>`],
    [text.assessmentDate, e(formatDate(lang, model.assessedAt))],
    ...(model.client.fullName !== null ? [[text.clientName, e(model.client.fullName)] as [string, string]] : []),
    ...(model.consentException
      ? [
          [
            text.consentException,
            e(fill(text.consentExceptionText, { ...model.consentException, at: formatDate(lang, model.consentException.at) })),
          ] as [string, string],
        ]
      : []),
    [
      text.instrument,
      e(
        fill(text.instrumentVersion, {
          name: `${model.instrument.name} (${model.instrument.code})`,
          version: model.instrument.version,
        }),
      ),
    ],
    ...profileFacts(model),
    [text.signedBy, e(model.signature.by)],
    [text.recordId, `<span class="code">${e(model.assessmentId.slice(0, 8))}</span>`],
  ];
  // An optional page left undrawn (HTP in colour) and never asked about is not part of the record.
  const drawnPages = model.pages.filter((p) => p.drawing !== null || p.inquiry.some((q) => q.answer.trim() !== ''));
  const safety =
    model.safety.length === 0
      ? ''
      : `<h2>${e(text.safetyHeading)}</h2><dl class="inquiry">${model.safety.map((s) => `<dt>${e(s.message)}</dt><dd>${e(s.note)}</dd>`).join('')}</dl>`;
  const addenda =
    model.addenda.length === 0
      ? ''
      : `<h2>${e(text.addendaHeading)}</h2>${model.addenda
          .map(
            (a) =>
              `<div class="addendum"><div class="addendum__meta">${e(fill(text.addendumBy, { name: a.by, date: formatDateTime(lang, a.at) }))}</div><div class="prose">${e(a.text)}</div></div>`,
          )
          .join('')}`;

  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<title>${e(`${text.documentTitle} · ${model.client.code}`)}</title>
<style>${styles(model, text)}</style>
</head>
<body>
<header class="masthead">
  <div>
    <div class="facility">${e(model.facilityName)}</div>
    <h1>${e(text.documentTitle)}</h1>
  </div>
  <div class="stamp">${e(text.confidential)}</div>
</header>
<dl class="facts">${facts.map(([label, value]) => `<dt>${e(label)}</dt><dd>${value}</dd>`).join('')}</dl>
${model.instrument.kind === 'drawing' ? `<p class="caveat">${e(text.caveat)}</p>` : ''}
${drawnPages.length > 0 ? `<h2>${e(text.drawingsHeading)}</h2>${drawnPages.map((p) => pageHtml(model, text, p)).join('')}` : ''}
${scoresHtml(model, text)}
${observationsHtml(model, text)}
${safety}
<h2>${e(text.conclusionHeading)}</h2>
${prose(model.conclusion, text)}
<h2>${e(text.recommendationsHeading)}</h2>
${prose(model.recommendations, text)}
${referralsHtml(model, text)}
<h2>${e(text.signatureHeading)}</h2>
<dl class="signature">
  <div><dt>${e(text.signedBy)}</dt><dd>${e(model.signature.by)}</dd></div>
  <div><dt>${e(text.signedAt)}</dt><dd>${e(formatDateTime(lang, model.signature.at))}</dd></div>
  <div><dt>${e(text.signatureLine)}</dt><dd class="signature__line"></dd></div>
</dl>
${addenda}
<p class="produced">${e(fill(text.produced, { date: formatDateTime(lang, model.producedAt) }))}</p>
</body>
</html>`;
}
