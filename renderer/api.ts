import type { ChannelInput, ChannelName, ChannelOutput } from '../electron/contract/channels';
import type { AppError, Result } from '../electron/contract/errors';
import type { BackendEvent } from '../electron/contract/schemas';

let unauthenticatedHandler: (() => void) | null = null;

/** The vault context registers here: any call refused for lack of a session re-reads the vault status. */
export function onUnauthenticated(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

/**
 * Calls one channel of the contract. Never throws: a transport failure becomes an INTERNAL
 * error, so every screen handles one shape of failure.
 */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  let result: Result<ChannelOutput<C>>;
  try {
    result = await window.api.invoke(channel, input);
  } catch (error) {
    result = { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : 'invoke failed' } };
  }
  if (!result.ok && result.error.code === 'UNAUTHENTICATED' && channel !== 'vault:status') unauthenticatedHandler?.();
  return result;
}

/** Subscribes to pushed backend events (the session was locked); returns the unsubscribe function. */
export function subscribe(listener: (event: BackendEvent) => void): () => void {
  return window.api.onEvent(listener);
}

export type { AppError };
