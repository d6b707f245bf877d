import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { Result } from './errors';
import type { BackendEvent } from './schemas';

/** What the preload exposes as `window.api`, and what the e2e harness routes to a real backend. */
export interface KenesApi {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to backend events; returns the unsubscribe function. */
  onEvent(listener: (event: BackendEvent) => void): () => void;
}

/** The single IPC channel names used by preload and main; nothing else is exposed. */
export const IPC_INVOKE = 'kenes:invoke';
export const IPC_EVENT = 'kenes:event';
