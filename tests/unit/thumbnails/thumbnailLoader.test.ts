import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../electron/contract/errors';
import { MAX_THUMBNAIL_IDS, type ThumbnailEntry } from '../../../electron/contract/thumbnailChannels';
import {
  BACKFILL_LIMIT_MS,
  BATCH_WINDOW_MS,
  type MissingThumbnail,
  ThumbnailLoader,
  type ThumbnailResult,
} from '../../../renderer/features/drawing/thumbnail/thumbnailLoader';

const id = (n: number) => n.toString(16).padStart(32, '0');
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

/** A backend that has a thumbnail for even drawings, none for odd ones, and no drawing 0. */
function backend() {
  const calls: string[][] = [];
  const backfilled: string[] = [];
  let running = 0;
  let overlapped = false;
  const fetch = async (ids: string[]): Promise<Result<ThumbnailEntry[]>> => {
    calls.push(ids);
    return {
      ok: true,
      value: ids.map((i): ThumbnailEntry => {
        const n = parseInt(i, 16);
        if (n === 0) return { id: i, status: 'unavailable', code: 'NOT_FOUND' };
        if (n % 2 === 0)
          return { id: i, status: 'ready', image: { mime: 'image/png', width: 320, height: 226, data: PNG.toString('base64') } };
        return { id: i, status: 'missing', orientation: 'portrait', medium: 'digital', updatedAt: '2026-03-18T07:30:00.000Z' };
      }),
    };
  };
  const backfill = async (missing: MissingThumbnail): Promise<Result<Blob>> => {
    if (running > 0) overlapped = true;
    running++;
    await new Promise((r) => setTimeout(r, 5));
    running--;
    backfilled.push(missing.id);
    return { ok: true, value: new Blob([PNG], { type: 'image/png' }) };
  };
  return { calls, backfilled, fetch, backfill, overlapped: () => overlapped };
}

let loader: ThumbnailLoader;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  loader?.dispose();
  vi.useRealTimers();
});

async function settle<T>(promise: Promise<T>): Promise<T> {
  await vi.runAllTimersAsync();
  return promise;
}

describe('thumbnail loader', () => {
  it('asks for the thumbnails that appear together in one call, each drawing once', async () => {
    const b = backend();
    loader = new ThumbnailLoader(b);
    const ids = Array.from({ length: 50 }, (_, i) => id(2 * i + 2));
    const results = ids.map((i) => loader.load(i));
    // The same drawing shown twice on the screen is asked for once.
    results.push(loader.load(ids[0]!));
    const done = await settle(Promise.all(results));
    expect(b.calls).toEqual([ids]);
    expect(done.every((r) => r.ok && r.url.startsWith('blob:') && r.orientation === 'landscape')).toBe(true);
    expect(done[0]).toBe(done[50]);
  });

  it('splits a very long screen into calls of at most the contract’s limit, and waits for late ones in a new batch', async () => {
    const b = backend();
    loader = new ThumbnailLoader(b);
    const ids = Array.from({ length: MAX_THUMBNAIL_IDS + 10 }, (_, i) => id(2 * i + 2));
    const first = Promise.all(ids.map((i) => loader.load(i)));
    await settle(first);
    expect(b.calls.map((c) => c.length)).toEqual([MAX_THUMBNAIL_IDS, 10]);
    const later = loader.load(id(10_000));
    await vi.advanceTimersByTimeAsync(BATCH_WINDOW_MS + 1);
    await later;
    expect(b.calls.at(-1)).toEqual([id(10_000)]);
  });

  it('renders missing thumbnails one at a time, and reports drawings it may not show', async () => {
    const b = backend();
    loader = new ThumbnailLoader(b);
    const results: Promise<ThumbnailResult>[] = [0, 1, 2, 3, 5, 7].map((n) => loader.load(id(n)));
    const [none, ...rest] = await settle(Promise.all(results));
    expect(none).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(rest.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    expect(b.backfilled).toEqual([id(1), id(3), id(5), id(7)]);
    expect(b.overlapped()).toBe(false);
    expect(b.calls).toHaveLength(1);
  });

  it('reports a failed call or a failed rendering as the thumbnail’s failure, and shows the rest', async () => {
    loader = new ThumbnailLoader({
      fetch: async (ids) =>
        ids.includes(id(99))
          ? { ok: false, error: { code: 'FORBIDDEN', message: 'no' } }
          : {
              ok: true,
              value: ids.map(
                (i) =>
                  ({
                    id: i,
                    status: 'missing',
                    orientation: 'portrait',
                    medium: 'paper',
                    updatedAt: '2026-03-18T07:30:00.000Z',
                  }) as const,
              ),
            },
      backfill: async () => {
        throw new Error('no canvas');
      },
    });
    const refused = loader.load(id(99));
    expect(await settle(refused)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(await settle(loader.load(id(3)))).toEqual({ ok: false, code: 'INTERNAL' });
  });

  it('shows a backfill that never ends as failed after a while, and the ones after it still come', async () => {
    const b = backend();
    let started = 0;
    loader = new ThumbnailLoader({
      fetch: b.fetch,
      backfill: (missing) => (started++ === 0 ? new Promise<never>(() => undefined) : b.backfill(missing)),
    });
    const [stuck, next] = [loader.load(id(1)), loader.load(id(3))];
    let stuckResult: ThumbnailResult | undefined;
    void stuck.then((r) => (stuckResult = r));
    await vi.advanceTimersByTimeAsync(BATCH_WINDOW_MS + BACKFILL_LIMIT_MS - 100);
    expect(stuckResult).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(stuckResult).toEqual({ ok: false, code: 'INTERNAL' });
    const shown = await settle(next);
    expect(shown.ok).toBe(true);
    expect(b.backfilled).toEqual([id(3)]);
  });
});
