/**
 * Tells when the device pixel ratio changes: the window moved to a screen of another density,
 * or the zoom changed. A `(resolution: Ndppx)` media query stops matching then (CSSOM View,
 * "devicePixelRatio"; MDN's "Monitoring screen resolution or zoom level changes"), and a new
 * query is set up for the new ratio.
 */

/** The part of MediaQueryList used (tests pass their own). */
export interface RatioQuery {
  addEventListener(type: 'change', listener: () => void): void;
  removeEventListener(type: 'change', listener: () => void): void;
}

/** The part of Window used. */
export interface RatioSource {
  readonly devicePixelRatio: number;
  matchMedia(query: string): RatioQuery;
}

/** Calls `onChange` with the new ratio at each change, until the returned function is called. */
export function watchPixelRatio(source: RatioSource, onChange: (ratio: number) => void): () => void {
  let query: RatioQuery | null = null;
  let stopped = false;
  const listen = () => {
    query = source.matchMedia(`(resolution: ${source.devicePixelRatio || 1}dppx)`);
    query.addEventListener('change', changed);
  };
  const changed = () => {
    if (stopped) return;
    query?.removeEventListener('change', changed);
    listen();
    onChange(source.devicePixelRatio || 1);
  };
  listen();
  return () => {
    stopped = true;
    query?.removeEventListener('change', changed);
  };
}
