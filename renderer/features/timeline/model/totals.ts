/**
 * Chart data for questionnaire totals: one series per questionnaire scale the client has values
 * for, and the scale's interpretation bands as boxes along the value axis. Pure, so the numbers a
 * psychologist reads off the chart are tested without a canvas.
 */
import { type Band, type Instrument, type Range, type Scale, scaleRange } from '../../../../assessments/instruments';
import { chronological } from './order';
import type { TimelineAssessment } from './types';

/** One band as a horizontal box in scale units; `to` > `from`. */
export interface BandBox {
  from: number;
  to: number;
  band: Band;
}

export interface TotalPoint {
  assessmentId: string;
  date: string;
  value: number;
  /** The band the stored result put the value in: a signed result keeps the one it was signed with. */
  band: Band | null;
}

export interface TotalsSeries {
  instrument: Instrument;
  scale: Scale;
  range: Range;
  points: TotalPoint[];
  boxes: BandBox[];
}

/**
 * Boxes that tile the scale's range without gaps. For whole-number scales a band like 5–9 is
 * drawn from 4.5 to 9.5, so a total of exactly 5 sits inside "mild", not on a line it shares
 * with "minimal"; the outer bands stop at the ends of the range.
 */
export function bandBoxes(bands: readonly Band[], range: Range): BandBox[] {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  return sorted.map((band, i) => {
    const previous = sorted[i - 1];
    const next = sorted[i + 1];
    const from = previous ? (previous.max + band.min) / 2 : range.min;
    const to = next ? (band.max + next.min) / 2 : range.max;
    return { from: Math.max(from, range.min), to: Math.min(to, range.max), band };
  });
}

/**
 * Series of the questionnaires among `assessments`, in catalogue order. Only signed results are
 * plotted: a draft's total can still change. Scales without any value are left out.
 */
export function totalsSeries(assessments: readonly TimelineAssessment[], instruments: readonly Instrument[]): TotalsSeries[] {
  const signed = assessments.filter((a) => a.status === 'signed').sort(chronological);
  const series: TotalsSeries[] = [];
  for (const instrument of instruments) {
    if (instrument.kind !== 'questionnaire') continue;
    const own = signed.filter((a) => a.instrumentId === instrument.id);
    for (const scale of instrument.scales) {
      const range = scaleRange(instrument, scale);
      if (!range) continue;
      const points = own.flatMap((a): TotalPoint[] => {
        const stored = a.scales[scale.id];
        if (!stored || stored.value === null) return [];
        return [{ assessmentId: a.id, date: a.date, value: stored.value, band: stored.band }];
      });
      if (points.length > 0) series.push({ instrument, scale, range, points, boxes: bandBoxes(scale.bands, range) });
    }
  }
  return series;
}
