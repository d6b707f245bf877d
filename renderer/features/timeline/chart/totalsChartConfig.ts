/**
 * The Chart.js configuration of one totals chart (TotalsChart.tsx): the scale's signed totals as
 * a line over time, the interpretation bands shaded behind it. Pure: no canvas, no React.
 */
import type { ChartConfiguration, ChartOptions } from 'chart.js';
import type { Range } from '../../../../assessments/instruments';
import type { Language } from '../../../../electron/contract/schemas';
import { formatDate } from '../../../i18n/format';
import { formatScore } from '../model/numbers';
import type { BandSpan } from './bandGeometry';
import { bandsPlugin } from './bandsPlugin';
import { CHART_FONT } from './chartSetup';
import { dateAxisBounds, dateTicks } from './dateAxis';

const LINE = '#0e5a61';
const TEXT = '#1b2528';
const GRID = 'rgba(27, 37, 40, 0.08)';

export type TotalsChartInput = {
  /** Points placed by time: x is the timestamp, so the gaps between visits show as they were. */
  data: Array<{ x: number; y: number }>;
  bands: readonly BandSpan[];
  range: Range;
  scaleName: string;
  language: Language;
  dateAxisTitle: string;
};

/** One axis's options, as deeply partial as Chart.js takes them in a configuration. */
type AxisOptions = NonNullable<NonNullable<ChartOptions<'line'>['scales']>[string]>;

const axisTitle = (text: string) => ({ display: true, text, color: TEXT, font: { family: CHART_FONT, size: 13 } });
const tickStyle = { color: TEXT, font: { family: CHART_FONT, size: 13 } };

/** The date axis: calendar ticks (day, week, month or year starts) in place of Chart.js's round numbers of milliseconds. */
function dateAxis({ data, language, dateAxisTitle }: TotalsChartInput): AxisOptions {
  const xBounds = dateAxisBounds(data.map((d) => d.x));
  return {
    type: 'linear',
    ...xBounds,
    afterBuildTicks: (axis) => {
      axis.ticks = dateTicks(xBounds.min, xBounds.max).map((value) => ({ value }));
    },
    grid: { display: false },
    ticks: { ...tickStyle, maxRotation: 0, callback: (value) => formatDate(language, new Date(Number(value))) },
    title: axisTitle(dateAxisTitle),
  };
}

/** The scale's axis over its whole range. */
function valueAxis({ range, scaleName, language }: TotalsChartInput): AxisOptions {
  return {
    min: range.min,
    max: range.max,
    grid: { color: GRID },
    ticks: {
      ...tickStyle,
      precision: range.integer ? 0 : 1,
      // Round ticks only (0, 5 … 25): an extra 27 at the top would crowd 25.
      includeBounds: false,
      callback: (value) => formatScore(language, Number(value)),
    },
    title: axisTitle(scaleName),
  };
}

export function totalsChartConfig(input: TotalsChartInput): ChartConfiguration<'line', Array<{ x: number; y: number }>> {
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: input.scaleName,
          data: input.data,
          borderColor: LINE,
          backgroundColor: LINE,
          borderWidth: 3,
          pointRadius: 5,
          pointHoverRadius: 5,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      font: { family: CHART_FONT, size: 14 },
      color: TEXT,
      scales: { x: dateAxis(input), y: valueAxis(input) },
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
    },
    plugins: [bandsPlugin(input.bands)],
  };
}
