/**
 * The thumbnails of one screen (issue 18 §4). Thumbnails asked for within a few milliseconds of each
 * other (those that scroll into view together) go to the backend as one `drawings:thumbnails` call:
 * one audit row for the screen instead of one audited `drawings:get` per picture. A drawing with no
 * stored thumbnail yet (drawn before it existed) is rendered once here and stored ("backfill"), one
 * at a time so a screen of old drawings never freezes the page, and the next visit is one call.
 */
import type { Orientation } from '../../../../assessments/drawing/page';
import type { ErrorCode, Result } from '../../../../electron/contract/errors';
import { MAX_THUMBNAIL_IDS, type ThumbnailEntry } from '../../../../electron/contract/thumbnailChannels';
import { fromBase64 } from '../storage/base64';

export type MissingThumbnail = Extract<ThumbnailEntry, { status: 'missing' }>;

/** What a thumbnail shows: the picture (as a blob: URL the loader owns) and its page's orientation. */
export type ThumbnailResult = { ok: true; url: string; orientation: Orientation } | { ok: false; code: ErrorCode };

export interface ThumbnailPorts {
  /** `drawings:thumbnails` for at most MAX_THUMBNAIL_IDS distinct ids. */
  fetch(ids: string[]): Promise<Result<ThumbnailEntry[]>>;
  /** Renders a missing thumbnail from the drawing and stores it; resolves with the picture, stored or not. */
  backfill(missing: MissingThumbnail): Promise<Result<Blob>>;
}

/** How long a first request waits for others to join it: thumbnails that appear together are asked for together. */
export const BATCH_WINDOW_MS = 40;

/**
 * A backfill not done by then is shown as failed, so that the ones queued after it still come: one
 * that never settles (an encoder or a call that never answers) would otherwise leave the rest of the
 * screen grey. If it finishes later, it is still stored for the next visit.
 */
export const BACKFILL_LIMIT_MS = 10_000;

export class ThumbnailLoader {
  private readonly results = new Map<string, Promise<ThumbnailResult>>();
  private waiting = new Map<string, (result: ThumbnailResult) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Backfills run one after another. */
  private backfills: Promise<unknown> = Promise.resolve();
  private readonly urls: string[] = [];
  private disposed = false;

  constructor(private readonly ports: ThumbnailPorts) {}

  /** The thumbnail of this drawing: asked for once per loader, whatever the number of callers. */
  load(id: string): Promise<ThumbnailResult> {
    let result = this.results.get(id);
    if (!result) {
      result = new Promise<ThumbnailResult>((resolve) => this.waiting.set(id, resolve));
      this.results.set(id, result);
      this.timer ??= setTimeout(() => void this.flush(), BATCH_WINDOW_MS);
    }
    return result;
  }

  /** The screen is shown (again: React may unmount and remount a provider while developing). */
  open(): void {
    this.disposed = false;
    if (this.waiting.size > 0) this.timer ??= setTimeout(() => void this.flush(), BATCH_WINDOW_MS);
  }

  /** Frees every picture this loader made (the screen is left). */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const url of this.urls.splice(0)) URL.revokeObjectURL(url);
  }

  private async flush(): Promise<void> {
    this.timer = null;
    const batch = this.waiting;
    this.waiting = new Map();
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += MAX_THUMBNAIL_IDS) {
      const part = ids.slice(start, start + MAX_THUMBNAIL_IDS);
      const answer = await this.ports.fetch(part);
      if (!answer.ok) {
        for (const id of part) batch.get(id)?.({ ok: false, code: answer.error.code });
        continue;
      }
      for (const entry of answer.value) {
        const resolve = batch.get(entry.id);
        if (!resolve) continue;
        if (entry.status === 'ready') {
          const blob = new Blob([fromBase64(entry.image.data) as Uint8Array<ArrayBuffer>], { type: entry.image.mime });
          resolve({
            ok: true,
            url: this.urlOf(blob),
            orientation: entry.image.width > entry.image.height ? 'landscape' : 'portrait',
          });
        } else if (entry.status === 'unavailable') {
          resolve({ ok: false, code: entry.code });
        } else {
          this.backfills = this.backfills.then(() => this.backfill(entry, resolve));
        }
      }
    }
  }

  private async backfill(missing: MissingThumbnail, resolve: (result: ThumbnailResult) => void): Promise<void> {
    if (this.disposed) return resolve({ ok: false, code: 'INTERNAL' });
    let made: Result<Blob>;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<Result<Blob>>((resolve) => {
      timer = setTimeout(
        () => resolve({ ok: false, error: { code: 'INTERNAL', message: 'the thumbnail took too long to render' } }),
        BACKFILL_LIMIT_MS,
      );
    });
    try {
      made = await Promise.race([this.ports.backfill(missing), late]);
    } catch {
      made = { ok: false, error: { code: 'INTERNAL', message: 'the thumbnail could not be rendered' } };
    } finally {
      clearTimeout(timer);
    }
    resolve(
      made.ok
        ? { ok: true, url: this.urlOf(made.value), orientation: missing.orientation }
        : { ok: false, code: made.error.code },
    );
  }

  private urlOf(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    if (this.disposed) queueMicrotask(() => URL.revokeObjectURL(url));
    else this.urls.push(url);
    return url;
  }
}
