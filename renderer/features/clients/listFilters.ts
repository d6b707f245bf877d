import type { ChannelInput } from '../../../electron/contract/channels';
import type { LegalStatus } from '../../../electron/contract/clientChannels';

/** 'all' is the no-filter choice of every list (units are free text, but 'all' is then still only a filter value). */
export const ALL = 'all';
export type ClientListFilters = {
  query: string;
  unit: string;
  legalStatus: LegalStatus | 'none' | typeof ALL;
  consent: 'in-force' | 'none' | typeof ALL;
  offset: number;
};
export const NO_FILTERS: ClientListFilters = { query: '', unit: ALL, legalStatus: ALL, consent: ALL, offset: 0 };
export const PAGE_SIZE = 25;

/** The search input for one page of the list. */
export function searchInput(f: ClientListFilters): ChannelInput<'clients:search'> {
  return {
    limit: PAGE_SIZE,
    offset: f.offset,
    ...(f.query.trim() !== '' ? { query: f.query.trim() } : {}),
    ...(f.unit !== ALL ? { unit: f.unit } : {}),
    ...(f.legalStatus !== ALL ? { legalStatus: f.legalStatus } : {}),
    ...(f.consent !== ALL ? { consent: f.consent } : {}),
  };
}
