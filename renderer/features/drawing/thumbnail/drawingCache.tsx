/**
 * Stored drawings and their thumbnails, each fetched once per visit of a screen: a thumbnail and a
 * comparison may show the same drawing, a list may re-render, and every `drawings:get` is an audited
 * view, so asking twice would log the person looking twice. Thumbnails come in batches, one
 * `drawings:thumbnails` call (one audit row) for those that appear together (thumbnailLoader.ts). A
 * screen wraps what it shows in a DrawingCacheProvider; leaving the screen forgets both.
 */
import { type ReactNode, createContext, useContext, useEffect, useState } from 'react';
import type { Orientation } from '../../../../assessments/drawing/page';
import type { TypedDrawing } from '../../../../assessments/drawing/typed';
import type { ErrorCode, Result } from '../../../../electron/contract/errors';
import { call } from '../../../api';
import { fromBase64, toBase64 } from '../storage/base64';
import { type DrawingInfo, type PaperImage, loadDrawing } from '../storage/drawingsApi';
import { renderPaperThumbnail, renderThumbnail } from './renderThumbnail';
import { type MissingThumbnail, ThumbnailLoader } from './thumbnailLoader';

export interface LoadedDrawing {
  info: DrawingInfo;
  drawing: TypedDrawing;
  /** The picture of a paper drawing; then `drawing` has no strokes and no process. */
  image: PaperImage | null;
}

type Loaded = { ok: true; value: LoadedDrawing } | { ok: false; code: ErrorCode };
type Cache = { drawing(id: string): Promise<Loaded>; thumbnails: ThumbnailLoader };

function createDrawingCache() {
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

/**
 * Renders a thumbnail the backend does not have yet from the drawing itself (through the same
 * cache, so a drawing also compared on this screen is opened once) and stores it for next time.
 * The picture is shown even if storing fails: it is only a cache.
 */
async function backfill(drawing: Cache['drawing'], missing: MissingThumbnail): Promise<Result<Blob>> {
  const loaded = await drawing(missing.id);
  if (!loaded.ok) return { ok: false, error: { code: loaded.code, message: 'the drawing could not be opened' } };
  const { info, drawing: typed, image } = loaded.value;
  const picture = image
    ? await renderPaperThumbnail(
        info.orientation,
        new Blob([fromBase64(image.data) as Uint8Array<ArrayBuffer>], { type: image.mime }),
      )
    : await renderThumbnail(typed);
  const bytes = new Uint8Array(await picture.arrayBuffer());
  await call('drawings:storeThumbnail', { id: missing.id, drawingUpdatedAt: info.updatedAt, image: toBase64(bytes) });
  return { ok: true, value: picture };
}

function createCache(): Cache {
  const drawing = createDrawingCache();
  const thumbnails = new ThumbnailLoader({
    fetch: (ids) => call('drawings:thumbnails', { ids }),
    backfill: (missing) => backfill(drawing, missing),
  });
  return { drawing, thumbnails };
}

const CacheContext = createContext<Cache | null>(null);

export function DrawingCacheProvider({ children }: { children: ReactNode }) {
  const [cache] = useState(createCache);
  useEffect(() => {
    cache.thumbnails.open();
    return () => cache.thumbnails.dispose();
  }, [cache]);
  return <CacheContext.Provider value={cache}>{children}</CacheContext.Provider>;
}

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; code: ErrorCode };
export type DrawingState = LoadState<LoadedDrawing>;

/** The drawing with this id, loading while it comes; nothing is asked for while `wanted` is false. */
export function useLoadedDrawing(id: string, wanted = true): DrawingState {
  const cache = useContext(CacheContext);
  const [state, setState] = useState<{ id: string; state: DrawingState }>({ id, state: { status: 'loading' } });
  useEffect(() => {
    if (!cache) throw new Error('useLoadedDrawing outside DrawingCacheProvider');
    if (!wanted) return;
    let live = true;
    void cache.drawing(id).then((r) => {
      if (live) setState({ id, state: r.ok ? { status: 'ready', value: r.value } : { status: 'failed', code: r.code } });
    });
    return () => {
      live = false;
    };
  }, [id, cache, wanted]);
  return state.id === id ? state.state : { status: 'loading' };
}

export type ThumbnailState = LoadState<{ url: string; orientation: Orientation }>;

/** The thumbnail of the drawing with this id (batched with the others of the screen); nothing is asked for while `wanted` is false. */
export function useThumbnail(id: string, wanted = true): ThumbnailState {
  const cache = useContext(CacheContext);
  const [state, setState] = useState<{ id: string; state: ThumbnailState }>({ id, state: { status: 'loading' } });
  useEffect(() => {
    if (!cache) throw new Error('useThumbnail outside DrawingCacheProvider');
    if (!wanted) return;
    let live = true;
    void cache.thumbnails.load(id).then((r) => {
      if (live) setState({ id, state: r.ok ? { status: 'ready', value: r } : { status: 'failed', code: r.code } });
    });
    return () => {
      live = false;
    };
  }, [id, cache, wanted]);
  return state.id === id ? state.state : { status: 'loading' };
}
