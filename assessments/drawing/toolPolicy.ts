/**
 * What a drawing may contain, from its protocol (issue 13 §5): the tools the client was given and
 * the actions (undo, redo, clear) it allows. The instrument page decides (instruments/schema.ts
 * `tools` and `actions`): PPAT has no eraser and takes nothing back, the classic Non-existent
 * Animal has no eraser, undo, redo or clear. The client's toolbar offers only these, and the
 * backend refuses an append that holds anything else, so the recorded process is one the protocol
 * allowed and every allowed erasure is counted (erasures.ts).
 */
import type { DrawingEvent, Tool } from './model';
import type { TypedEvent } from './typed';

export const TAKE_BACK_ACTIONS = ['undo', 'redo', 'clear'] as const;
export type TakeBackAction = (typeof TAKE_BACK_ACTIONS)[number];

export interface ToolPolicy {
  tools: readonly Tool[];
  actions: readonly TakeBackAction[];
}

/** Everything allowed: drawings outside a protocol (the psychologist's own tool set is a UI choice). */
export const OPEN_POLICY: ToolPolicy = { tools: ['pencil', 'colouredPencil', 'marker', 'eraser'], actions: TAKE_BACK_ACTIONS };

export type PolicyBreach = { index: number; kind: 'tool'; tool: Tool } | { index: number; kind: TakeBackAction };

/** The first event the policy does not allow, or null. Gaps are the backend's own and always allowed. */
export function firstBreach(events: readonly (DrawingEvent | TypedEvent)[], policy: ToolPolicy): PolicyBreach | null {
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    if (event.kind === 'stroke') {
      if (!policy.tools.includes(event.tool)) return { index, kind: 'tool', tool: event.tool };
    } else if (event.kind !== 'gap' && !policy.actions.includes(event.kind)) {
      return { index, kind: event.kind };
    }
  }
  return null;
}
