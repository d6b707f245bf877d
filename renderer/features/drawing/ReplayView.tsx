import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { Label, Radio, RadioGroup, Slider, SliderOutput, SliderThumb, SliderTrack } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { computeMetrics, eventEnd } from '../../../assessments/drawing';
import type { TypedDrawing } from '../../../assessments/drawing/typed';
import { Button } from '../../components/Button';
import { ToolIcon } from './ToolIcon';
import { ReplayController } from './render/replayController';
import { formatClock } from './replay/formatTime';
import { MetricsPanel } from './replay/MetricsPanel';
import { SPEEDS, type Speed, advance, initialPlayback, pause, play, seek, setSpeed } from './replay/playback';
import { STRIP_UNITS, TimelineStrip } from './replay/TimelineStrip';
import { timelineMarks } from './replay/timelineMarks';

/** End of the drawing on its clock: "Finished", or the end of the last event. */
export function drawingDuration(drawing: TypedDrawing): number {
  const last = drawing.events.reduce((end, event) => Math.max(end, eventEnd(event)), 0);
  return Math.max(drawing.finishedT ?? 0, last);
}

/**
 * Keys of the position slider, handled here rather than by the range input: its step grid would
 * either keep the last second out of reach (End stops at a whole second) or make an arrow press
 * a millisecond. Arrows move a second, Page Up/Down a tenth of the drawing, Home/End to the ends.
 */
function scrubTarget(key: string, t: number, duration: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return t + 1000;
    case 'ArrowLeft':
    case 'ArrowDown':
      return t - 1000;
    case 'PageUp':
      return t + duration / 10;
    case 'PageDown':
      return t - duration / 10;
    case 'Home':
      return 0;
    case 'End':
      return duration;
    default:
      return null;
  }
}

/**
 * Replay of the drawing process at 1×, 2×, 4× or 8×, with pause and scrubbing (a slider, so
 * arrows, Home and End work), the timeline strip, and the process metrics beside it.
 */
export function ReplayView({ drawing, overlay, aside }: { drawing: TypedDrawing; overlay?: ReactNode; aside?: ReactNode }) {
  const { t } = useTranslation();
  const duration = useMemo(() => drawingDuration(drawing), [drawing]);
  const [playback, setPlayback] = useState(() => initialPlayback(duration));
  const frameRef = useRef<HTMLDivElement>(null);
  const paperRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<ReplayController | null>(null);
  const skips = useMemo(
    () => drawing.events.flatMap((e) => (e.kind === 'gap' && e.durationMs > 0 ? [{ start: e.t, end: e.t + e.durationMs }] : [])),
    [drawing],
  );
  const metrics = useMemo(() => computeMetrics(drawing), [drawing]);
  const marks = useMemo(
    () => timelineMarks(drawing.events, metrics.pauses, duration / STRIP_UNITS),
    [drawing, metrics, duration],
  );

  useEffect(() => {
    if (!frameRef.current || !paperRef.current) return;
    const controller = new ReplayController(frameRef.current, paperRef.current, drawing);
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, [drawing]);

  useEffect(() => {
    controllerRef.current?.show(playback.t);
  }, [playback.t, drawing]);

  useEffect(() => {
    if (!playback.playing) return;
    let last = performance.now();
    let request = requestAnimationFrame(function step(now) {
      setPlayback((p) => advance(p, now - last, skips));
      last = now;
      request = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(request);
  }, [playback.playing, skips]);

  const onScrubKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = scrubTarget(event.key, playback.t, duration);
    if (target === null || duration === 0) return;
    event.preventDefault();
    event.stopPropagation();
    setPlayback((p) => seek(p, target));
  };

  const position = formatClock(playback.t);
  const total = formatClock(duration);
  const playhead = duration > 0 ? (playback.t / duration) * STRIP_UNITS : 0;

  return (
    <div className="replay">
      <div className="replay__stage">
        <div ref={frameRef} className="drawing-frame drawing-frame--replay" data-orientation={drawing.page.orientation}>
          <div
            ref={paperRef}
            className="drawing-paper"
            role="img"
            aria-label={t('drawing.replay.pageLabel', { position, total })}
            data-testid="replay-paper"
          >
            {overlay}
          </div>
        </div>
        <div className="replay__controls">
          <Button
            variant="primary"
            className="replay__play"
            isDisabled={duration === 0}
            onPress={() => setPlayback((p) => (p.playing ? pause(p) : play(p)))}
          >
            <ToolIcon name={playback.playing ? 'pause' : 'play'} />
            {playback.playing ? t('drawing.replay.pause') : t('drawing.replay.play')}
          </Button>
          <RadioGroup
            className="replay__speeds"
            orientation="horizontal"
            value={String(playback.speed)}
            onChange={(value) => setPlayback((p) => setSpeed(p, Number(value) as Speed))}
          >
            <Label className="replay__speeds-label">{t('drawing.replay.speed')}</Label>
            {SPEEDS.map((speed) => (
              <Radio key={speed} value={String(speed)} className="speed-option">
                {t('drawing.replay.speedValue', { speed })}
              </Radio>
            ))}
          </RadioGroup>
        </div>
        <div className="replay__scrub">
          <div onKeyDownCapture={onScrubKey}>
            <Slider
              className="scrubber"
              minValue={0}
              maxValue={Math.max(duration, 1) / 1000}
              step={0.001}
              value={playback.t / 1000}
              isDisabled={duration === 0}
              formatOptions={{ style: 'unit', unit: 'second', unitDisplay: 'long', maximumFractionDigits: 0 }}
              onChange={(seconds) => setPlayback((p) => seek(p, seconds * 1000))}
            >
              <div className="scrubber__header">
                <Label className="scrubber__label">{t('drawing.replay.position')}</Label>
                <SliderOutput className="scrubber__output">
                  {() => t('drawing.replay.positionValue', { position, total })}
                </SliderOutput>
              </div>
              <SliderTrack className="scrubber__track">
                <SliderThumb className="scrubber__thumb" />
              </SliderTrack>
            </Slider>
          </div>
          <div className="timeline__frame">
            <TimelineStrip marks={marks} duration={duration} />
            <svg
              className="timeline__playhead"
              viewBox={`0 0 ${STRIP_UNITS} 40`}
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <line x1={playhead} x2={playhead} y1="0" y2="40" vectorEffect="non-scaling-stroke" />
            </svg>
          </div>
        </div>
      </div>
      <div className="replay__side">
        {aside}
        <MetricsPanel metrics={metrics} />
      </div>
    </div>
  );
}
