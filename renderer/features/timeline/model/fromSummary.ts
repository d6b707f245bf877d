import type { AssessmentSummary } from '../../../../electron/contract/assessmentChannels';
import type { TimelineAssessment } from './types';

/**
 * A row of `assessments:listForClient` as the timeline places it: a signed assessment on the day
 * it was signed (when the conclusion was reached), a draft on the day it was started.
 */
export function fromSummary(summary: AssessmentSummary): TimelineAssessment {
  return {
    id: summary.id,
    instrumentId: summary.instrumentId,
    instrumentVersion: summary.instrumentVersion,
    status: summary.status,
    date: summary.status === 'signed' && summary.signedAt ? summary.signedAt : summary.createdAt,
    scales: Object.fromEntries(summary.totals.map((t) => [t.scaleId, { value: t.value, band: t.band }])),
    drawings: summary.drawings.map((d) => ({ pageId: d.pageId, drawingId: d.drawingId, finished: d.finished })),
  };
}
