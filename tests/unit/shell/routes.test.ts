import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../electron/contract/roles';
import { SETTINGS_ROUTES, WORK_ROUTES, canOpen } from '../../../renderer/features/shell/routes';

describe('the navigation shows each person only the areas their roles open', () => {
  it('lists Clients for psychologists and admins only', () => {
    expect(WORK_ROUTES).toContain('clients');
    expect(ROLES.filter((role) => canOpen('clients', [role]))).toEqual(['admin', 'psychologist']);
  });

  it('lists Groups for facilitators, psychologists and admins, never for a supervisor', () => {
    expect(WORK_ROUTES).toContain('groups');
    expect(ROLES.filter((role) => canOpen('groups', [role]))).toEqual(['admin', 'psychologist', 'facilitator']);
  });

  it('opens an area when any one of a person’s several roles allows it', () => {
    expect(canOpen('clients', ['supervisor', 'psychologist'])).toBe(true);
    expect(canOpen('clients', ['supervisor', 'facilitator'])).toBe(false);
  });
});

describe('About Kenes', () => {
  it('is listed under Settings for every role, since it holds nothing about a client', () => {
    expect(SETTINGS_ROUTES).toContain('about');
    expect(ROLES.filter((role) => canOpen('about', [role]))).toEqual([...ROLES]);
  });
});
