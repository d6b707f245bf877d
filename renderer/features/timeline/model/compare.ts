/**
 * Which drawings can be compared: drawings of the same page of the same instrument (two "tree"
 * pages of House-Tree-Person from different dates), since only those were drawn to the same
 * instruction. Pure, so the choice offered is tested without a backend.
 */
import { chronological } from './order';
import type { TimelineAssessment, TimelineStatus } from './types';

export interface DrawingRef {
  drawingId: string;
  assessmentId: string;
  instrumentId: string;
  pageId: string;
  date: string;
  status: TimelineStatus;
}

export interface ComparablePage {
  /** `instrumentId/pageId`, unique. */
  key: string;
  instrumentId: string;
  pageId: string;
  /** Oldest first; at least two. */
  drawings: DrawingRef[];
}

/**
 * Pages with at least two finished drawings, in the order `pageOrder` gives (catalogue, then page
 * order). A drawing still in progress is left out: half a drawing is not compared with a whole one.
 */
export function comparablePages(
  assessments: readonly TimelineAssessment[],
  pageOrder: (instrumentId: string, pageId: string) => number,
): ComparablePage[] {
  const pages = new Map<string, ComparablePage>();
  for (const a of [...assessments].sort(chronological)) {
    for (const { pageId, drawingId, finished } of a.drawings) {
      if (!finished) continue;
      const key = `${a.instrumentId}/${pageId}`;
      let page = pages.get(key);
      if (!page) {
        page = { key, instrumentId: a.instrumentId, pageId, drawings: [] };
        pages.set(key, page);
      }
      page.drawings.push({ drawingId, assessmentId: a.id, instrumentId: a.instrumentId, pageId, date: a.date, status: a.status });
    }
  }
  return [...pages.values()]
    .filter((p) => p.drawings.length >= 2)
    .sort((a, b) => pageOrder(a.instrumentId, a.pageId) - pageOrder(b.instrumentId, b.pageId) || (a.key < b.key ? -1 : 1));
}

/** The pair shown first: the earliest and the latest drawing, the widest span of change. */
export function defaultPair(page: ComparablePage): [string, string] {
  return [page.drawings[0]!.drawingId, page.drawings[page.drawings.length - 1]!.drawingId];
}

/**
 * Keeps a chosen pair valid when one side is changed to the drawing on the other side: the
 * other side takes the first drawing that is not the chosen one, so the two are never the same.
 */
export function choosePair(page: ComparablePage, pair: [string, string], side: 0 | 1, drawingId: string): [string, string] {
  const next: [string, string] = [...pair];
  next[side] = drawingId;
  const other = side === 0 ? 1 : 0;
  if (next[other] === drawingId) next[other] = page.drawings.find((d) => d.drawingId !== drawingId)!.drawingId;
  return next;
}
