/**
 * Gathers the report (reportModel.ts) from a stored, signed assessment: the drawings read from
 * the database and rendered here (strokes → SVG, paper → its picture), metrics computed from the
 * strokes, the scores as stored at signing (with their own bands), and the words of the
 * instrument's definition in the report's language. Nothing comes from the renderer.
 */
import { findAccountById } from '../../db/repos/accountsRepo';
import { findConsentException } from '../../db/repos/consentExceptionsRepo';
import { computeMetrics } from '../../../../assessments/drawing/metrics';
import { drawingToSvg } from '../../../../assessments/drawing/svg';
import { type Instrument, type LocalizedText, getInstrument } from '../../../../assessments/instruments';
import { type ObservationRow, observationRows } from '../../../../assessments/instruments/observationRows';
import type { Assessment, AssessmentPage } from '../../../contract/assessmentChannels';
import type { Language } from '../../../contract/schemas';
import type { Db } from '../../db/connection';
import { findDrawingImage } from '../../db/repos/drawingImagesRepo';
import { readPendingTail, readStream } from '../../db/repos/drawingsRepo';
import { concat, decodeOrRefuse } from '../drawings/drawingStream';
import type { ReportDrawing, ReportModel, ReportPage, ReportScore } from './reportModel';
import { REPORT_TEXT } from './reportText';

export type ReportSubject = {
  assessment: Assessment;
  facilityName: string;
  /** The client's full name when it is to be printed, else null. */
  clientFullName: string | null;
  /** The profile's education, literacy and read-aloud (issue 17 §5); absent: none printed. */
  clientProfile?: ReportModel['clientProfile'];
  language: Language;
  producedAt: Date;
};

const say = (text: LocalizedText | undefined, language: Language, fallback: string): string => text?.[language].text ?? fallback;

/** The page's drawing as the report shows it; a drawing that is not finished is shown as it was saved. */
function readDrawing(db: Db, page: AssessmentPage, index: number): ReportDrawing | null {
  const info = page.drawing;
  if (!info) return null;
  if (info.medium === 'paper') {
    const image = findDrawingImage(db, info.id);
    return image ? { medium: 'paper', mime: image.mime, base64: image.bytes.toString('base64') } : null;
  }
  const drawing = decodeOrRefuse(concat(readStream(db, info.id), readPendingTail(db, info.id)), 'the drawing');
  return { medium: 'digital', svg: drawingToSvg(drawing, { idPrefix: `page${index}` }), metrics: computeMetrics(drawing) };
}

function pagesOf(db: Db, assessment: Assessment, def: Instrument | undefined, language: Language): ReportPage[] {
  return assessment.pages.map((page, index) => {
    const defPage = def?.pages.find((p) => p.id === page.pageId);
    const answers = assessment.inquiry[page.pageId] ?? {};
    return {
      title: say(defPage?.title, language, page.pageId),
      orientation: page.drawing?.orientation ?? (defPage?.orientation === 'landscape' ? 'landscape' : 'portrait'),
      drawing: readDrawing(db, page, index),
      inquiry: (defPage?.inquiry ?? []).map((q) => ({ question: say(q.text, language, q.id), answer: answers[q.id] ?? '' })),
    };
  });
}

/** Scores as stored at signing: the band labels and versions are the stored copies, never today's definition. */
function scoresOf(assessment: Assessment, def: Instrument | undefined, language: Language): ReportScore[] {
  return Object.entries(assessment.scores.scales).map(([scaleId, result]) => ({
    name: say(def?.scales.find((s) => s.id === scaleId)?.name, language, scaleId),
    value: result.value,
    band: result.band ? result.band.label[language].text : null,
    informal: result.band?.informal ?? false,
    prorated: result.prorated,
  }));
}

/** An answer as words (observationRows.ts decides which rows there are and whether each was answered). */
function answerText(def: Instrument, row: ObservationRow, language: Language): string {
  const text = REPORT_TEXT[language];
  const { item, value } = row;
  if (row.state === 'notAssessed') return text.notAssessed;
  if (row.state === 'unanswered' || value === null || value === undefined) return text.noAnswer;
  switch (item.kind) {
    case 'indicator':
      return value === true ? text.present : text.absent;
    case 'rating': {
      const anchor = item.anchors.find((a) => a.value === value);
      return anchor ? `${String(value)} — ${anchor.label[language].text}` : String(value);
    }
    case 'response': {
      const option = def.responseScales.find((s) => s.id === item.responseScale)?.options.find((o) => o.value === value);
      return option ? `${option.label[language].text} (${String(value)})` : String(value);
    }
    case 'singleChoice':
      return say(item.options.find((o) => o.value === value)?.label, language, String(value));
    case 'multipleChoice': {
      if (!Array.isArray(value) || value.length === 0) return text.noneChosen;
      return value.map((v: unknown) => say(item.options.find((o) => o.value === v)?.label, language, String(v))).join(', ');
    }
    case 'number':
      return item.unit ? `${String(value)} ${item.unit[language].text}` : String(value);
    case 'text':
      return String(value);
  }
}

/**
 * Every row the signed view shows, with the same values: present, absent and "not assessed"
 * alike (issue 12, item 3; before, absent and unanswered indicators were left out, so the screen
 * and the report disagreed).
 */
function observationsOf(assessment: Assessment, def: Instrument | undefined, language: Language): ReportModel['observations'] {
  if (!def) return [];
  const drawn = assessment.pages.filter((p) => p.drawing !== null).map((p) => p.pageId);
  return observationRows(def, assessment.form, drawn).map(({ section, rows }) => ({
    title: section.title[language].text,
    items: rows.map((row) => ({
      label: row.item.label[language].text,
      value: answerText(def, row, language),
      muted: row.state !== 'answered',
    })),
  }));
}

/** The reason the assessment was begun without a consent, if it was (services/clients/consentCheck.ts). */
function consentExceptionOf(db: Db, assessmentId: string): ReportModel['consentException'] {
  const row = findConsentException(db, 'assessment', assessmentId);
  if (!row) return null;
  return { reason: row.reason, by: findAccountById(db, row.recorded_by)?.full_name ?? '', at: new Date(row.recorded_at) };
}

/** The report of a signed assessment; the caller has checked that it is signed. */
export function buildReportModel(db: Db, subject: ReportSubject): ReportModel {
  const { assessment, language } = subject;
  const signature = assessment.signature;
  if (!signature) throw new Error('only a signed assessment has a report');
  const def = getInstrument(assessment.instrument.id);
  return {
    language,
    producedAt: subject.producedAt,
    facilityName: subject.facilityName,
    client: { code: assessment.client.code, fullName: subject.clientFullName },
    ...(subject.clientProfile ? { clientProfile: subject.clientProfile } : {}),
    assessmentId: assessment.id,
    assessedAt: new Date(assessment.createdAt),
    consentException: consentExceptionOf(db, assessment.id),
    instrument: {
      code: def?.code ?? assessment.instrument.id,
      name: say(def?.name, language, assessment.instrument.id),
      version: assessment.instrument.version,
      kind: def?.kind ?? 'questionnaire',
      administration: assessment.scores.administration ?? null,
      licence: say(def?.licence.note, language, ''),
      copyright: def?.copyright ?? null,
      caveats: (def?.caveats ?? []).map((c) => say(c, language, '')),
    },
    pages: pagesOf(db, assessment, def, language),
    scores: scoresOf(assessment, def, language),
    observations: observationsOf(assessment, def, language),
    safety: assessment.scores.flags.map((flag) => ({
      message: flag.message[language].text,
      note: assessment.form.acknowledgements[flag.id] ?? '',
    })),
    conclusion: assessment.conclusion,
    recommendations: assessment.recommendations,
    referrals: assessment.referrals,
    addenda: assessment.addenda.map((a) => ({ text: a.text, by: a.by.fullName, at: new Date(a.at) })),
    signature: { by: signature.by.fullName, at: new Date(signature.at) },
  };
}
