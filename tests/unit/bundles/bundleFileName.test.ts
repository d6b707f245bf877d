import { describe, expect, it } from 'vitest';
import { bundleFileName, quartersBetween } from '../../../electron/backend/services/bundles/facility/facilityBundles';

describe('bundle file names and quarter ranges', () => {
  it('names the file after the facility in its own script, the quarters and the extension', () => {
    expect(bundleFileName('ИК-12 «Қарағанды»', 'TB3P-OEQZ-GSBU-MO7I-ACFQ', '2026-Q1', '2026-Q2')).toBe(
      'kenes-bundle-ик-12-қарағанды-2026-Q1-2026-Q2.kenesbundle',
    );
    // Nothing usable in the name (slashes, dots): the facility code's first group instead.
    expect(bundleFileName('../..', 'TB3P-OEQZ-GSBU-MO7I-ACFQ', '2026-Q3', '2026-Q3')).toBe(
      'kenes-bundle-tb3p-2026-Q3-2026-Q3.kenesbundle',
    );
    expect(bundleFileName('x'.repeat(100), 'TB3P-OEQZ-GSBU-MO7I-ACFQ', '2026-Q3', '2026-Q3')).toHaveLength(
      'kenes-bundle--2026-Q3-2026-Q3.kenesbundle'.length + 40,
    );
  });

  it('lists the quarters from one to another across years', () => {
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersBetween('2026-Q2', '2026-Q2')).toEqual(['2026-Q2']);
    expect(quartersBetween('2026-Q3', '2026-Q2')).toEqual([]);
  });
});
