import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A part of the app whose file could not be loaded. The browser remembers a failed module load for
 * the life of the page, so only a reload tries the file again (shell/PartFailed.tsx).
 */
export class PartLoadError extends Error {
  constructor(part: string, options: { cause: unknown }) {
    super(`the part ${part} could not be loaded`, options);
    this.name = 'PartLoadError';
  }
}

/**
 * React.lazy for a module's named export: each area is its own chunk (issue 18 §6), loaded the
 * first time it is shown, so the sign-in screen loads only what signing in needs. The chunk is a
 * file of the built renderer served from the app's own origin (CSP script-src 'self').
 */
export function lazyNamed<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K] extends ComponentType<infer P> ? ComponentType<P> : never> {
  return lazy(async () => {
    let module: M;
    try {
      module = await load();
    } catch (cause) {
      throw new PartLoadError(String(name), { cause });
    }
    return { default: module[name] as M[K] extends ComponentType<infer P> ? ComponentType<P> : never };
  });
}
