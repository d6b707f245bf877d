import type { Migration } from './types';

/** PLACEHOLDER — being written (issue 5); must not land empty. */
export const migration0005: Migration = {
  version: 5,
  name: 'assessments',
  up() {},
};
