import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, getInstrument } from '../../../assessments/instruments';
import { bandBoxes, totalsSeries } from '../../../renderer/features/timeline/model/totals';
import { drawingProtocol, questionnaire } from './helpers';

const phq9 = getInstrument('phq9')!;
const phqTotal = phq9.scales.find((s) => s.id === 'total')!;
const k10Total = getInstrument('k10')!.scales.find((s) => s.id === 'total')!;

describe('band boxes', () => {
  it('tiles the PHQ-9 range 0–27 with a threshold half-way between neighbouring bands', () => {
    const boxes = bandBoxes(phqTotal.bands, { min: 0, max: 27, integer: true });
    expect(boxes.map((b) => [b.from, b.to])).toEqual([
      [0, 4.5],
      [4.5, 9.5],
      [9.5, 14.5],
      [14.5, 19.5],
      [19.5, 27],
    ]);
    expect(boxes.map((b) => b.band.label.en.text)).toEqual(['Minimal', 'Mild', 'Moderate', 'Moderately severe', 'Severe']);
  });

  it('puts a total at a cut-off inside its own band, not on the line (PHQ-9 total 5 is mild)', () => {
    const boxes = bandBoxes(phqTotal.bands, { min: 0, max: 27, integer: true });
    const containing = boxes.filter((b) => 5 > b.from && 5 < b.to);
    expect(containing.map((b) => b.band.label.en.text)).toEqual(['Mild']);
  });

  it('starts K10 at its lowest possible total of 10', () => {
    const boxes = bandBoxes(k10Total.bands, { min: 10, max: 50, integer: true });
    expect(boxes[0]).toMatchObject({ from: 10, to: 15.5 });
    expect(boxes.at(-1)).toMatchObject({ from: 29.5, to: 50 });
  });

  it('draws nothing for a scale without bands', () => {
    expect(bandBoxes([], { min: 0, max: 7, integer: true })).toEqual([]);
  });
});

describe('totals series', () => {
  it('plots each questionnaire the client has, oldest first, in catalogue order', () => {
    const series = totalsSeries(
      [
        questionnaire('gad7', '2026-03-01', 6),
        questionnaire('phq9', '2026-02-01', 12),
        questionnaire('phq9', '2026-01-10', 17),
        drawingProtocol('htp', '2026-01-10', [['tree', 'd1']]),
        questionnaire('phq9', '2026-03-20', 7),
      ],
      INSTRUMENTS,
    );
    expect(series.map((s) => `${s.instrument.id}/${s.scale.id}`)).toEqual(['phq9/total', 'gad7/total']);
    expect(series[0]!.points.map((p) => [p.date.slice(0, 10), p.value])).toEqual([
      ['2026-01-10', 17],
      ['2026-02-01', 12],
      ['2026-03-20', 7],
    ]);
    expect(series[0]!.range).toEqual({ min: 0, max: 27, integer: true });
  });

  it('leaves out drafts, whose totals can still change, and totals that were not computed', () => {
    const series = totalsSeries(
      [
        questionnaire('rses', '2026-01-01', 20),
        questionnaire('rses', '2026-02-01', 25, { status: 'draft' }),
        questionnaire('rses', '2026-03-01', null),
        questionnaire('k10', '2026-03-01', 30, { status: 'draft' }),
      ],
      INSTRUMENTS,
    );
    expect(series).toHaveLength(1);
    expect(series[0]!.points.map((p) => p.value)).toEqual([20]);
  });

  it('names each value by the band stored with its result, not by the current definition', () => {
    // A result signed under an older definition whose band had another name and cut-offs.
    const older = {
      ...phqTotal.bands[2]!,
      min: 11,
      max: 15,
      label: { ...phqTotal.bands[2]!.label, en: { text: 'Moderate (old)', status: 'working' as const } },
    };
    const [series] = totalsSeries(
      [
        questionnaire('phq9', '2026-01-01', 10, { band: older }),
        questionnaire('phq9', '2026-02-01', 3, { band: phqTotal.bands[0]! }),
        // Stored without a band: none is guessed from today's definition.
        questionnaire('phq9', '2026-03-01', 20, { band: null }),
      ],
      INSTRUMENTS,
    );
    expect(series!.points.map((p) => p.band?.label.en.text ?? null)).toEqual(['Moderate (old)', 'Minimal', null]);
  });

  it('has no series when the client has only drawings', () => {
    expect(totalsSeries([drawingProtocol('htp', '2026-01-10', [['tree', 'd1']])], INSTRUMENTS)).toEqual([]);
  });
});
