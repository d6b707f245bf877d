import type { TimelineAssessment } from './types';

/** Oldest first; assessments at the same moment keep a stable order by id. */
export function chronological(a: Pick<TimelineAssessment, 'date' | 'id'>, b: Pick<TimelineAssessment, 'date' | 'id'>): number {
  const byTime = Date.parse(a.date) - Date.parse(b.date);
  return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The timeline list: newest first, as the psychologist usually looks for the latest work. */
export function newestFirst<T extends Pick<TimelineAssessment, 'date' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => chronological(b, a));
}
