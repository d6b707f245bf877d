import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../../assessments/instruments';
import type { AssessmentSummary } from '../../../electron/contract/assessmentChannels';
import { fromSummary } from '../../../renderer/features/timeline/model/fromSummary';
import { newestFirst } from '../../../renderer/features/timeline/model/order';

const moderate = getInstrument('phq9')!.scales[0]!.bands[2]!;

const summary = (over: Partial<AssessmentSummary>): AssessmentSummary => ({
  id: 'a1',
  instrumentId: 'phq9',
  instrumentVersion: '1.0.0',
  kind: 'questionnaire',
  status: 'draft',
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-06T09:00:00.000Z',
  signedAt: null,
  totals: [],
  flagIds: [],
  drawings: [],
  addendumCount: 0,
  ...over,
});

describe('timeline order and dates', () => {
  it('places a signed assessment on the day it was signed and a draft on the day it was started', () => {
    expect(fromSummary(summary({ status: 'signed', signedAt: '2026-01-20T12:00:00.000Z' })).date).toBe(
      '2026-01-20T12:00:00.000Z',
    );
    expect(fromSummary(summary({})).date).toBe('2026-01-05T09:00:00.000Z');
  });

  it('carries scale totals with their bands and the drawings of each page', () => {
    const entry = fromSummary(
      summary({
        totals: [{ scaleId: 'total', value: 11, band: moderate }],
        drawings: [{ pageId: 'tree', drawingId: 'd1', medium: 'paper', finished: true }],
      }),
    );
    expect(entry.scales).toEqual({ total: { value: 11, band: moderate } });
    expect(entry.drawings).toEqual([{ pageId: 'tree', drawingId: 'd1', finished: true }]);
  });

  it('lists the newest first, and keeps a stable order for the same moment', () => {
    const items = [
      { id: 'b', date: '2026-01-01T10:00:00.000Z' },
      { id: 'c', date: '2026-03-01T10:00:00.000Z' },
      { id: 'a', date: '2026-01-01T10:00:00.000Z' },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(['c', 'b', 'a']);
  });
});
