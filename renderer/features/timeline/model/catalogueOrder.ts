import type { Instrument } from '../../../../assessments/instruments';

/**
 * Rank of an instrument's page in the catalogue: instruments in catalogue order, pages in the
 * definition's order; unknown instruments and pages come last.
 */
export function catalogueOrder(instruments: readonly Instrument[]): (instrumentId: string, pageId: string) => number {
  return (instrumentId, pageId) => {
    const i = instruments.findIndex((d) => d.id === instrumentId);
    if (i < 0) return Number.MAX_SAFE_INTEGER;
    const p = instruments[i]!.pages.findIndex((page) => page.id === pageId);
    return i * 1000 + (p < 0 ? 999 : p);
  };
}
