import { describe, expect, it } from 'vitest';
import { consentCoverage } from '../../../common/consentCoverage';

describe('whether consents cover an activity', () => {
  it('is covered by a consent in force that names it', () => {
    expect(consentCoverage([{ scope: ['assessment', 'data-storage'], withdrawn: false }], 'assessment')).toBe('covered');
  });

  it('is not covered by a consent to something else, and a reason may be recorded', () => {
    expect(consentCoverage([{ scope: ['assessment'], withdrawn: false }], 'group-therapy')).toBe('none');
    expect(consentCoverage([], 'assessment')).toBe('none');
  });

  it('is withdrawn when the only consent naming it was withdrawn, whatever else is in force', () => {
    const consents = [
      { scope: ['group-therapy'], withdrawn: true },
      { scope: ['assessment'], withdrawn: false },
    ];
    expect(consentCoverage(consents, 'group-therapy')).toBe('withdrawn');
  });

  it('is covered again by a new consent after a withdrawal', () => {
    const consents = [
      { scope: ['assessment'], withdrawn: true },
      { scope: ['assessment'], withdrawn: false },
    ];
    expect(consentCoverage(consents, 'assessment')).toBe('covered');
  });
});
