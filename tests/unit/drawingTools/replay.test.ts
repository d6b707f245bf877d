import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../assessments/drawing';
import { advance, initialPlayback, pause, play, seek, setSpeed } from '../../../renderer/features/drawing/replay/playback';
import { timelineMarks } from '../../../renderer/features/drawing/replay/timelineMarks';
import { formatClock } from '../../../renderer/features/drawing/replay/formatTime';
import { clear, gap, line, portrait, undo } from '../drawing/builders';

describe('replay playback', () => {
  it('opens at the end, and Play starts from the beginning', () => {
    const p = initialPlayback(10_000);
    expect(p).toMatchObject({ t: 10_000, playing: false, speed: 1 });
    expect(play(p)).toMatchObject({ t: 0, playing: true });
  });

  it('advances by real time times the speed, and stops at the end', () => {
    let p = setSpeed(play(seek(initialPlayback(10_000), 0)), 8);
    p = advance(p, 500);
    expect(p.t).toBe(4000);
    p = advance(p, 1000);
    expect(p).toMatchObject({ t: 10_000, playing: false });
  });

  it('does not move while paused, and scrubbing clamps to the drawing', () => {
    const p = pause(play(seek(initialPlayback(5000), 0)));
    expect(advance(p, 1000).t).toBe(0);
    expect(seek(p, -50).t).toBe(0);
    expect(seek(p, 99_999).t).toBe(5000);
  });

  it('jumps over a recorded interruption instead of playing a blank page', () => {
    const p = play(seek(initialPlayback(100_000), 0));
    const skips = [{ start: 1000, end: 90_000 }];
    expect(advance(seek(p, 900), 200, skips).t).toBe(90_000);
    expect(advance(seek(p, 500), 200, skips).t).toBe(700);
  });

  it('cannot play an empty drawing', () => {
    expect(play(initialPlayback(0)).playing).toBe(false);
  });

  it('shows times as a clock', () => {
    expect(formatClock(7_400)).toBe('0:07');
    expect(formatClock(192_000)).toBe('3:12');
    expect(formatClock(3_765_000)).toBe('1:02:45');
  });
});

describe('timeline marks', () => {
  it('marks strokes by tool, pauses of 2 s or more, erasures, undo/clear and gaps', () => {
    const events = [
      line(0, 0, 10, 10, { t0: 0, durationMs: 1000 }),
      line(0, 0, 10, 10, { t0: 5000, durationMs: 500, tool: 'eraser' }),
      undo(6000),
      gap(6100, 10_000),
      line(0, 0, 10, 10, { t0: 16_200, durationMs: 800, tool: 'marker' }),
      clear(17_500),
    ];
    const pauses = computeMetrics(portrait(events)).pauses;
    const marks = timelineMarks(events, pauses, 10);
    expect(marks.spans.map((s) => s.kind).sort()).toEqual(['eraser', 'gap', 'marker', 'pause', 'pencil']);
    expect(marks.spans.find((s) => s.kind === 'pause')).toEqual({ kind: 'pause', start: 1000, end: 5000 });
    expect(marks.points).toEqual([
      { kind: 'undo', t: 6000 },
      { kind: 'clear', t: 17_500 },
    ]);
    expect(marks).toMatchObject({ strokeCount: 2, erasureCount: 1, pauseCount: 1 });
  });

  it('merges marks closer than the strip can show, so 20,000 strokes stay a few marks', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => line(0, 0, 1, 1, { t0: i * 100, durationMs: 80 }));
    const marks = timelineMarks(events, [], (20_000 * 100) / 1000);
    expect(marks.spans).toHaveLength(1);
    expect(marks.strokeCount).toBe(20_000);
  });
});
