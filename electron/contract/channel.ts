import { z } from 'zod';
import type { Access } from './roles';

/** One IPC channel: what it takes, what it returns, and who may call it. */
export type ChannelDef<I extends z.ZodType, O extends z.ZodType, A extends Access = Access> = { input: I; output: O; access: A };

/** Declares a channel; used by each domain's channel map. */
export const channel = <I extends z.ZodType, O extends z.ZodType, A extends Access>(
  input: I,
  output: O,
  access: A,
): ChannelDef<I, O, A> => ({
  input,
  output,
  access,
});

/** Input of channels that take nothing: an empty object, nothing more. */
export const none = z.object({}).strict();
/** Output of channels that return nothing. */
export const nothing = z.null();
