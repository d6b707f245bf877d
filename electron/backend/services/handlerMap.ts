import type { z } from 'zod';
import type { ChannelDef } from '../../contract/channel';
import type { ChannelName, ChannelOutput, Channels } from '../../contract/channels';
import type { PublicContext } from './context';
import type { SignedInContext } from './signedIn';

/** The context a channel's handler receives: public channels get the public one, all others the signed-in one. */
export type ContextOf<C extends ChannelName> = Channels[C]['access'] extends { kind: 'public' } ? PublicContext : SignedInContext;

/** A channel's handler: the service itself, `(context, input) => output`, typed from the contract. */
export type Handler<C extends ChannelName> = (
  context: ContextOf<C>,
  input: z.output<Channels[C]['input']>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/**
 * A domain's handler map, checked against its contract map with `satisfies`: a channel without its
 * handler, or a handler of the wrong shape, does not compile.
 */
export type DomainHandlers<M extends Record<string, ChannelDef<z.ZodType, z.ZodType>>> = {
  [C in keyof M & ChannelName]: Handler<C>;
};

/** Every channel's handler. */
export type Handlers = { [C in ChannelName]: Handler<C> };
