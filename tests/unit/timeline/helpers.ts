/** Timeline entries for tests: a questionnaire result or a drawing protocol on a given day. */
import type { Band } from '../../../assessments/instruments';
import type { TimelineAssessment } from '../../../renderer/features/timeline/model/types';

let next = 0;
const id = () => `a${String(++next).padStart(4, '0')}`;

export function questionnaire(
  instrumentId: string,
  date: string,
  total: number | null,
  options: { status?: 'draft' | 'signed'; band?: Band | null; id?: string } = {},
): TimelineAssessment {
  return {
    id: options.id ?? id(),
    instrumentId,
    instrumentVersion: '1.0.0',
    status: options.status ?? 'signed',
    date: `${date}T10:00:00.000Z`,
    scales: { total: { value: total, band: options.band ?? null } },
    drawings: [],
  };
}

export function drawingProtocol(
  instrumentId: string,
  date: string,
  pages: Array<[pageId: string, drawingId: string, finished?: boolean]>,
  options: { status?: 'draft' | 'signed'; id?: string } = {},
): TimelineAssessment {
  return {
    id: options.id ?? id(),
    instrumentId,
    instrumentVersion: '1.0.0',
    status: options.status ?? 'signed',
    date: `${date}T10:00:00.000Z`,
    scales: {},
    drawings: pages.map(([pageId, drawingId, finished = true]) => ({ pageId, drawingId, finished })),
  };
}
