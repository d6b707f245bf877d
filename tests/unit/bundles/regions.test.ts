import { describe, expect, it } from 'vitest';
import { regionName } from '../../../common/regionText';
import { KZ_REGIONS } from '../../../electron/contract/regions';

describe("Kazakhstan's regions", () => {
  it('lists the 17 oblasts of 2022 and the three cities, each named in kk, ru and en, no two alike', () => {
    expect(KZ_REGIONS).toHaveLength(20);
    for (const language of ['kk', 'ru', 'en'] as const) {
      const names = KZ_REGIONS.map((r) => regionName(r, language));
      expect(
        names.every((n, i) => n !== KZ_REGIONS[i]),
        language,
      ).toBe(true);
      expect(new Set(names).size).toBe(20);
    }
    const kk = KZ_REGIONS.map((r) => regionName(r, 'kk'));
    expect(kk.filter((n) => n.endsWith(' облысы'))).toHaveLength(17);
    expect(kk.filter((n) => n.endsWith(' қаласы'))).toEqual(['Астана қаласы', 'Алматы қаласы', 'Шымкент қаласы']);
    expect(KZ_REGIONS.map((r) => regionName(r, 'ru')).filter((n) => /област/.test(n))).toHaveLength(17);
  });
});
