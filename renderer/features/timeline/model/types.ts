/**
 * What the timeline needs of one assessment, apart from how the backend delivers it, so the
 * pure shaping (order, chart series, comparable pages) is tested without a backend.
 * `fromSummary.ts` builds these from `assessments:listForClient`.
 */
import type { Band } from '../../../../assessments/instruments';

export type TimelineStatus = 'draft' | 'signed';

/** A computed scale value as stored with the assessment, with the band it fell in when it was scored (signed: when signed). */
export interface ScaleValue {
  value: number | null;
  band: Band | null;
}

export interface TimelineAssessment {
  id: string;
  instrumentId: string;
  instrumentVersion: string;
  status: TimelineStatus;
  /** ISO date-time that places it on the timeline: when signed, or for a draft when it was started. */
  date: string;
  /** Questionnaires: values by scale id; empty for drawing protocols without scales. */
  scales: Readonly<Record<string, ScaleValue>>;
  /** The current drawing of each page that has one, in the instrument's page order. */
  drawings: ReadonlyArray<{ pageId: string; drawingId: string; finished: boolean }>;
}
