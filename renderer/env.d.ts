import type { KenesApi } from '../electron/contract/api';

declare global {
  interface Window {
    /** The only way to the backend: exposed by the preload, or by the e2e harness. */
    api: KenesApi;
  }
}

export {};
