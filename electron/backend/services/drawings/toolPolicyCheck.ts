/**
 * Issue 13 §5: a drawing of an instrument page may hold only the tools and the undo/redo/clear
 * actions its definition allows (assessments/drawing/toolPolicy.ts). The client's toolbar offers
 * nothing else; this refuses a chunk that holds anything else anyway, before a byte is written.
 * Drawings outside a protocol (no instrument page) are not restricted.
 */
import { firstBreach, OPEN_POLICY, type ToolPolicy } from '../../../../assessments/drawing/toolPolicy';
import type { DrawingEvent } from '../../../../assessments/drawing/model';
import type { TypedEvent } from '../../../../assessments/drawing/typed';
import { getInstrument } from '../../../../assessments/instruments';
import { AppFailure } from '../../../contract/errors';
import type { DrawingRow } from '../../db/repos/drawingsRepo';

/** The page's policy, or the open one for a drawing outside an instrument (or of a page no longer defined). */
export function policyFor(row: Pick<DrawingRow, 'instrument_id' | 'page_id'>): ToolPolicy {
  if (row.instrument_id === null || row.page_id === null) return OPEN_POLICY;
  const page = getInstrument(row.instrument_id)?.pages.find((p) => p.id === row.page_id);
  return page ? { tools: page.tools, actions: page.actions } : OPEN_POLICY;
}

/** INVALID_DRAWING with `reasons: ['notAllowed', <tool or action>]` when an event breaks the page's policy. */
export function refuseOutsideProtocol(
  row: Pick<DrawingRow, 'instrument_id' | 'page_id'>,
  events: readonly (DrawingEvent | TypedEvent)[],
): void {
  const breach = firstBreach(events, policyFor(row));
  if (!breach) return;
  const what = breach.kind === 'tool' ? breach.tool : breach.kind;
  throw new AppFailure('INVALID_DRAWING', `the protocol does not allow ${what}`, { reasons: ['notAllowed', what] });
}
