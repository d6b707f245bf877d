import type { ChannelInput } from '../../../electron/contract/channels';
import type { OrganisationKind } from '../../../electron/contract/organisationKinds';
import type { Language } from '../../../electron/contract/schemas';

/** 'all' is the no-filter choice of every select. */
export const ALL = 'all';
export type DirectoryFilters = {
  query: string;
  kind: OrganisationKind | typeof ALL;
  city: string;
  language: Language | typeof ALL;
  archived: 'active' | 'archived';
  offset: number;
};
export const NO_FILTERS: DirectoryFilters = { query: '', kind: ALL, city: ALL, language: ALL, archived: 'active', offset: 0 };
export const PAGE_SIZE = 25;

/** The filters as the contract takes them (the search and the export share them). */
export function filterInput(f: DirectoryFilters) {
  return {
    archived: f.archived,
    ...(f.query.trim() !== '' ? { query: f.query.trim() } : {}),
    ...(f.kind !== ALL ? { kind: f.kind } : {}),
    ...(f.city !== ALL ? { city: f.city } : {}),
    ...(f.language !== ALL ? { language: f.language } : {}),
  } satisfies Omit<ChannelInput<'directory:search'>, 'limit' | 'offset'>;
}

export const searchInput = (f: DirectoryFilters): ChannelInput<'directory:search'> => ({
  ...filterInput(f),
  limit: PAGE_SIZE,
  offset: f.offset,
});
