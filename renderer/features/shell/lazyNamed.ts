import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

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
    const module = await load();
    return { default: module[name] as M[K] extends ComponentType<infer P> ? ComponentType<P> : never };
  });
}
