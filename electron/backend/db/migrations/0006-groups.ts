import type { Migration } from './types';

/** PLACEHOLDER — being written (issue 6); must not land empty. */
export const migration0006: Migration = {
  version: 6,
  name: 'groups',
  up() {},
};
