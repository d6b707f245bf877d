/**
 * A Chart.js plugin (chartjs.org/docs/latest/developers/plugins.html) that shades the
 * interpretation bands of a questionnaire scale behind the line, draws a dashed line at each
 * threshold and writes the band's name in its box. Inline per chart: the boxes belong to one
 * scale. It draws in `beforeDatasetsDraw`, after the grid and before the line, so the line and its
 * points stay on top.
 */
import type { Chart, Plugin } from 'chart.js';
import { CHART_FONT } from './chartSetup';
import { type BandSpan, bandRects } from './bandGeometry';

/** Two calm tints that alternate: severity is not coloured, since for RSES higher is better. */
const FILLS = ['rgba(14, 90, 97, 0.10)', 'rgba(14, 90, 97, 0.03)'];
const THRESHOLD = 'rgba(14, 90, 97, 0.55)';
const LABEL = '#2f3d41';
const LABEL_SIZE = 13;

export function bandsPlugin(bands: readonly BandSpan[]): Plugin<'line'> {
  return {
    id: 'kenesBands',
    beforeDatasetsDraw(chart: Chart<'line'>) {
      const y = chart.scales.y;
      if (!y || bands.length === 0) return;
      const { ctx, chartArea } = chart;
      const rects = bandRects(bands, chartArea, (v) => y.getPixelForValue(v), LABEL_SIZE);
      ctx.save();
      rects.forEach((r, i) => {
        ctx.fillStyle = FILLS[i % FILLS.length]!;
        ctx.fillRect(r.x, r.y, r.width, r.height);
        if (r.thresholdY !== null) {
          ctx.strokeStyle = THRESHOLD;
          ctx.lineWidth = 1;
          ctx.setLineDash([5, 4]);
          ctx.beginPath();
          ctx.moveTo(r.x, r.thresholdY);
          ctx.lineTo(r.x + r.width, r.thresholdY);
          ctx.stroke();
        }
        if (r.labelFits) {
          ctx.fillStyle = LABEL;
          ctx.font = `${LABEL_SIZE}px ${CHART_FONT}`;
          ctx.textAlign = 'right';
          ctx.textBaseline = 'top';
          ctx.fillText(r.label, r.x + r.width - 6, r.y + 3);
        }
      });
      ctx.restore();
    },
  };
}
