import { describe, expect, it } from 'vitest';
import { suggestFromMetrics } from '../../../assessments/instruments';
import { instrument } from './helpers';

describe('suggestFromMetrics', () => {
  const nea = instrument('nonExistentAnimal');

  it('puts a value exactly on a threshold into the next step up', () => {
    const [position] = suggestFromMetrics(nea, { animal: { placementVertical: 1 / 3 } });
    expect(position).toMatchObject({ itemId: 'position', value: 'middle', metric: 'placementVertical', metricValue: 1 / 3 });
  });

  it('suggests that the eraser was used from any recorded erasure', () => {
    expect(suggestFromMetrics(nea, { animal: { erasures: 0 } }).map((s) => s.value)).toEqual([false]);
    expect(suggestFromMetrics(nea, { animal: { erasures: 2 } }).map((s) => s.value)).toEqual([true]);
  });

  it('makes no suggestion from a metric that is not available (pressure with a mouse)', () => {
    expect(suggestFromMetrics(nea, { animal: { pressureMean: null } })).toEqual([]);
    expect(suggestFromMetrics(nea, {})).toEqual([]);
  });

  it('clamps a raw value to the item’s range', () => {
    const htp = instrument('htp');
    const [erasures] = suggestFromMetrics(htp, { house: { erasures: 5000 } });
    expect(erasures).toMatchObject({ itemId: 'house_erasures', value: 999, metricValue: 5000 });
  });

  it('says why each suggestion is made, in kk, ru and en', () => {
    for (const s of suggestFromMetrics(nea, {
      animal: { placementVertical: 0.1, drawingExtentShare: 0.2, pressureMean: 0.5, erasures: 1 },
    })) {
      for (const language of ['kk', 'ru', 'en'] as const) expect(s.rationale[language].text.length).toBeGreaterThan(10);
    }
  });
});
