/**
 * Stored drawings, each fetched once per visit of a screen: a thumbnail and a comparison may show
 * the same drawing, a list may re-render, and every `drawings:get` is an audited view, so asking
 * twice would log the person looking twice. A screen wraps what it shows in a DrawingCacheProvider;
 * leaving the screen forgets the drawings.
 */
import { type ReactNode, createContext, useContext, useEffect, useState } from 'react';
import type { Drawing } from '../../../../assessments/drawing/model';
import type { ErrorCode } from '../../../../electron/contract/errors';
import { type DrawingInfo, type PaperImage, loadDrawing } from '../storage/drawingsApi';

export interface LoadedDrawing {
  info: DrawingInfo;
  drawing: Drawing;
  /** The picture of a paper drawing; then `drawing` has no strokes and no process. */
  image: PaperImage | null;
}

type Loaded = { ok: true; value: LoadedDrawing } | { ok: false; code: ErrorCode };

function createCache() {
  const entries = new Map<string, Promise<Loaded>>();
  return (id: string): Promise<Loaded> => {
    let entry = entries.get(id);
    if (!entry) {
      entry = loadDrawing(id).then((r) => (r.ok ? { ok: true, value: r.value } : { ok: false, code: r.error.code }));
      entries.set(id, entry);
    }
    return entry;
  };
}

const CacheContext = createContext<((id: string) => Promise<Loaded>) | null>(null);

export function DrawingCacheProvider({ children }: { children: ReactNode }) {
  const [cache] = useState(createCache);
  return <CacheContext.Provider value={cache}>{children}</CacheContext.Provider>;
}

export type DrawingState =
  { status: 'loading' } | { status: 'ready'; value: LoadedDrawing } | { status: 'failed'; code: ErrorCode };

/** The drawing with this id, loading while it comes; nothing is asked for while `wanted` is false. */
export function useLoadedDrawing(id: string, wanted = true): DrawingState {
  const load = useContext(CacheContext);
  const [state, setState] = useState<{ id: string; state: DrawingState }>({ id, state: { status: 'loading' } });
  useEffect(() => {
    if (!load) throw new Error('useLoadedDrawing outside DrawingCacheProvider');
    if (!wanted) return;
    let live = true;
    void load(id).then((r) => {
      if (live) setState({ id, state: r.ok ? { status: 'ready', value: r.value } : { status: 'failed', code: r.code } });
    });
    return () => {
      live = false;
    };
  }, [id, load, wanted]);
  return state.id === id ? state.state : { status: 'loading' };
}
