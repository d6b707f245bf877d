import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { formatDate } from '../../i18n/format';
import { say } from '../instruments/localized';
import { bandsPlugin } from './chart/bandsPlugin';
import { CHART_FONT, Chart } from './chart/chartSetup';
import { dateAxisBounds, dateTicks } from './chart/dateAxis';
import type { TotalsSeries } from './model/totals';
import { formatScore } from './model/numbers';

const LINE = '#0e5a61';
const TEXT = '#1b2528';
const GRID = 'rgba(27, 37, 40, 0.08)';

/**
 * One questionnaire scale over time: a line of the signed totals, the interpretation bands shaded
 * behind it with their names. The canvas is an image named by the title and described by the
 * summary (chartjs.org/docs/latest/general/accessibility.html); the values themselves are in a
 * table that screen readers read and the eye does not need.
 */
export function TotalsChart({ series }: { series: TotalsSeries }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const canvas = useRef<HTMLCanvasElement>(null);
  const summaryId = useId();
  const { instrument, scale, range, points, boxes } = series;

  const labels = useMemo(() => points.map((p) => formatDate(language, new Date(p.date))), [points, language]);
  // Points placed by time: x is the timestamp, so the gaps between visits show as they were.
  const data = useMemo(() => points.map((p) => ({ x: Date.parse(p.date), y: p.value })), [points]);
  const bands = useMemo(() => boxes.map((b) => ({ from: b.from, to: b.to, label: say(b.band.label, language) })), [boxes, language]);
  const scaleName = say(scale.name, language);
  const title = t('timeline.chart.title', { instrument: instrument.code, scale: scaleName });
  const latest = points[points.length - 1]!;
  const summary = t('timeline.chart.summary', {
    count: points.length,
    first: labels[0],
    last: labels[labels.length - 1],
    value: formatScore(language, latest.value),
    band: latest.band ? say(latest.band.label, language) : t('timeline.chart.noBand'),
  });

  useEffect(() => {
    if (!canvas.current) return;
    const xBounds = dateAxisBounds(data.map((d) => d.x));
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        datasets: [
          {
            label: scaleName,
            data,
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
        scales: {
          x: {
            type: 'linear',
            ...xBounds,
            // Calendar ticks (day, week, month or year starts) in place of Chart.js's round numbers of milliseconds.
            afterBuildTicks: (axis) => {
              axis.ticks = dateTicks(xBounds.min, xBounds.max).map((value) => ({ value }));
            },
            grid: { display: false },
            ticks: {
              color: TEXT,
              font: { family: CHART_FONT, size: 13 },
              maxRotation: 0,
              callback: (value) => formatDate(language, new Date(Number(value))),
            },
            title: { display: true, text: t('timeline.chart.dateAxis'), color: TEXT, font: { family: CHART_FONT, size: 13 } },
          },
          y: {
            min: range.min,
            max: range.max,
            grid: { color: GRID },
            ticks: {
              color: TEXT,
              font: { family: CHART_FONT, size: 13 },
              precision: range.integer ? 0 : 1,
              // Round ticks only (0, 5 … 25): an extra 27 at the top would crowd 25.
              includeBounds: false,
              callback: (value) => formatScore(language, Number(value)),
            },
            title: { display: true, text: scaleName, color: TEXT, font: { family: CHART_FONT, size: 13 } },
          },
        },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
      plugins: [bandsPlugin(bands)],
    });
    return () => chart.destroy();
  }, [data, bands, range, scaleName, language, t]);

  return (
    <figure className="totals-chart" data-testid="totals-chart" data-instrument={instrument.id}>
      <figcaption className="totals-chart__title">{title}</figcaption>
      <div className="totals-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={title} aria-describedby={summaryId} />
      </div>
      <p id={summaryId} className="totals-chart__summary">
        {summary}
      </p>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.chart.dateAxis')}</th>
            <th scope="col">{scaleName}</th>
            <th scope="col">{t('timeline.chart.band')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={p.assessmentId}>
              <th scope="row">{labels[i]}</th>
              <td>{formatScore(language, p.value)}</td>
              <td>{p.band ? say(p.band.label, language) : t('timeline.chart.noBand')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
