/**
 * The Trends charts: bars by period, one colour per category, loaded only when the Trends area opens
 * (TrendsChart.tsx imports this module dynamically, so its controllers stay out of the first bundle).
 * Only what is drawn is registered (chartjs.org/docs/latest/getting-started/integration.html, "Bundle
 * optimization"): bars on a category and a linear axis, and the legend naming the categories. No
 * tooltip: every value, and every hidden one, is in the table beside the chart, where the keyboard
 * and screen readers reach it. No animation.
 *
 * Hidden values are not drawn as bars (never as 0): an inline plugin writes "<k" where the bar would
 * stand, and draws the 95% interval of a statistic as a whisker over its bar.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  type Plugin,
} from 'chart.js';
import type { ChartSeries } from '../model/display';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

export { Chart };

const FONT = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";
const TEXT = '#1b2528';
const HIDDEN = '#8c2f39';
const GRID = 'rgba(27, 37, 40, 0.08)';
/** Eight colours told apart also with the common colour-vision deficiencies (Okabe & Ito 2008), darkened for contrast. */
export const SERIES_COLOURS = ['#0e5a61', '#c26a00', '#3b7fb6', '#a3467a', '#2f8f5b', '#b8a000', '#c0462c', '#5c5c5c'];

type Whiskers = { low: (number | null)[]; high: (number | null)[] }[];

function marksPlugin(series: readonly ChartSeries[], mark: string, whiskers: Whiskers | null): Plugin<'bar'> {
  return {
    id: 'kenesTrendsMarks',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const y = chart.scales.y;
      if (!y) return;
      ctx.save();
      ctx.font = `600 12px ${FONT}`;
      ctx.textAlign = 'center';
      series.forEach((s, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        s.hidden.forEach((isHidden, i) => {
          const bar = meta.data[i];
          if (!bar) return;
          if (isHidden) {
            ctx.fillStyle = HIDDEN;
            ctx.fillText(mark, bar.x, y.getPixelForValue(0) - 6);
          }
          const low = whiskers?.[d]?.low[i];
          const high = whiskers?.[d]?.high[i];
          if (low != null && high != null && s.values[i] !== null) {
            const top = y.getPixelForValue(high);
            const bottom = y.getPixelForValue(low);
            ctx.strokeStyle = TEXT;
            ctx.lineWidth = 1.5;
            ctx.beginPath();
            ctx.moveTo(bar.x, top);
            ctx.lineTo(bar.x, bottom);
            ctx.moveTo(bar.x - 5, top);
            ctx.lineTo(bar.x + 5, top);
            ctx.moveTo(bar.x - 5, bottom);
            ctx.lineTo(bar.x + 5, bottom);
            ctx.stroke();
          }
        });
      });
      ctx.restore();
    },
  };
}

export type TrendsChartInput = {
  periods: string[];
  series: ChartSeries[];
  /** "<5": written where a hidden value's bar would be. */
  hiddenMark: string;
  valueAxisTitle: string;
  formatValue: (value: number) => string;
  /** Counts start at 0 and are whole; a change may be negative. */
  integer: boolean;
};

export function trendsChartConfig(input: TrendsChartInput): ChartConfiguration<'bar', (number | null)[], string> {
  const tick = { color: TEXT, font: { family: FONT, size: 13 } };
  const whiskers = input.series.some((s) => s.low) ? input.series.map((s) => ({ low: s.low ?? [], high: s.high ?? [] })) : null;
  return {
    type: 'bar',
    data: {
      labels: input.periods,
      datasets: input.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        borderWidth: 0,
        maxBarThickness: 48,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      plugins: {
        legend: { display: input.series.length > 1, position: 'bottom', labels: { ...tick, boxWidth: 14 } },
      },
      scales: {
        x: { grid: { display: false }, ticks: { ...tick, maxRotation: 0, autoSkip: true } },
        y: {
          beginAtZero: true,
          grid: { color: GRID },
          ticks: { ...tick, precision: input.integer ? 0 : 1, callback: (value) => input.formatValue(Number(value)) },
          title: { display: true, text: input.valueAxisTitle, color: TEXT, font: { family: FONT, size: 13 } },
        },
      },
    },
    plugins: [marksPlugin(input.series, input.hiddenMark, whiskers)],
  };
}
