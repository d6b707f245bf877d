import { useEffect, useMemo, useRef, useState } from 'react';
import type { TypedDrawing } from '../../../assessments/drawing/typed';
import type { AssessmentPage } from '../../../electron/contract/assessmentChannels';
import type { PaperImage } from '../../../electron/contract/drawingChannels';
import { loadDrawing } from '../drawing/storage/drawingsApi';

export type LoadedPage = { drawingId: string; drawing: TypedDrawing; image: PaperImage | null };

/**
 * The finished drawings of the assessment's pages, decoded, keyed by page id: for thumbnails,
 * replay and the metric suggestions. Each is opened with drawings:get, which the backend audits
 * as a view. A page whose drawing changes (drawn again, a scan attached) is read again; a
 * finished drawing does not change, so the other pages' drawings are not asked for a second time.
 */
export function usePageDrawings(pages: readonly AssessmentPage[]): { byPage: Readonly<Record<string, LoadedPage>> } {
  const finished = useMemo(
    () => pages.flatMap((p) => (p.drawing?.status === 'finished' ? [{ pageId: p.pageId, drawingId: p.drawing.id }] : [])),
    [pages],
  );
  const key = finished.map((f) => `${f.pageId}:${f.drawingId}`).join(',');
  const [byPage, setByPage] = useState<Record<string, LoadedPage>>({});
  // One request per finished drawing while the screen is open (a failed one is asked again).
  const requests = useRef(new Map<string, ReturnType<typeof loadDrawing>>());
  const request = (drawingId: string) => {
    let pending = requests.current.get(drawingId);
    if (!pending) {
      pending = loadDrawing(drawingId).then((r) => {
        if (!r.ok) requests.current.delete(drawingId);
        return r;
      });
      requests.current.set(drawingId, pending);
    }
    return pending;
  };

  useEffect(() => {
    let live = true;
    void Promise.all(
      finished.map(async ({ pageId, drawingId }) => {
        const loaded = await request(drawingId);
        return loaded.ok ? ([pageId, { drawingId, drawing: loaded.value.drawing, image: loaded.value.image }] as const) : null;
      }),
    ).then((results) => {
      if (!live) return;
      setByPage(Object.fromEntries(results.filter((r) => r !== null)));
    });
    return () => {
      live = false;
    };
    // `key` names exactly the drawings to load; `finished` is derived from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { byPage };
}
