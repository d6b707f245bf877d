import type { LegalStatusMappingState } from '../../../electron/contract/legalStatusChannels';
import type { LegalStatus, UnmappedLegalStatus } from '../../../electron/contract/legalStatuses';

/** The answers being chosen in the mapping dialog: status keys only (kept across a lock, nothing about a person). */
export type MappingChoices = Partial<Record<UnmappedLegalStatus, LegalStatus>>;
export type MappingDialogState = { open: boolean; choices: MappingChoices };
export const MAPPING_STATE_KEY = 'legalStatus:mapping';
export const CLOSED: MappingDialogState = { open: false, choices: {} };

/** Every pending old value with the chosen answer, or null while one is still unanswered or not among its choices. */
export function mappingInput(
  pending: LegalStatusMappingState['pending'],
  choices: MappingChoices,
): { from: UnmappedLegalStatus; to: LegalStatus }[] | null {
  const mappings = pending.map((p) => ({ from: p.from, to: choices[p.from] }));
  if (mappings.length === 0) return null;
  for (const [i, m] of mappings.entries()) {
    if (m.to === undefined || !pending[i]!.choices.includes(m.to)) return null;
  }
  return mappings as { from: UnmappedLegalStatus; to: LegalStatus }[];
}

/** How many periods are still awaiting an answer. */
export const pendingPeriods = (state: LegalStatusMappingState | null): number =>
  state?.pending.reduce((n, p) => n + p.periods, 0) ?? 0;
