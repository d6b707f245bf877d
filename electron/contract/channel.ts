import { z } from 'zod';
import type { Access } from './roles';

/** One IPC channel: what it takes, what it returns, and who may call it. */
export type ChannelDef<I extends z.ZodType, O extends z.ZodType> = { input: I; output: O; access: Access };

/** Declares a channel; used by each domain's channel map. */
export const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: Access): ChannelDef<I, O> => ({
  input,
  output,
  access,
});

/** Input of channels that take nothing: an empty object, nothing more. */
export const none = z.object({}).strict();
/** Output of channels that return nothing. */
export const nothing = z.null();
