import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from './chartSetup';
import type { ChartSeries } from '../model/chartData';

type Props = {
  kind: 'bar' | 'line';
  title: string;
  /** One sentence for screen readers: what the chart shows and its main finding. */
  summary: string;
  /** Category labels along the x axis (sessions, already translated). */
  labels: string[];
  series: ChartSeries[];
  yMin: number;
  yMax: number;
  /** Text of a value in the table (e.g. "75 %"); null is shown as a dash. */
  formatValue: (value: number) => string;
  /** Header of the first table column. */
  categoryHeader: string;
};

/**
 * A Chart.js chart with a text alternative: the canvas carries role="img" and a summary as its
 * accessible name (chartjs.org/docs/latest/general/accessibility.html), and the same numbers are
 * in a table behind a disclosure, reachable by keyboard and readable by a screen reader.
 */
export function ChartFigure({ kind, title, summary, labels, series, yMin, yMax, formatValue, categoryHeader }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: kind,
      data: {
        labels,
        datasets: series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: s.colour,
          borderColor: s.colour,
          borderWidth: kind === 'line' ? 3 : 0,
          pointRadius: 4,
          spanGaps: false,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: series.length > 1, position: 'bottom' } },
        scales: { y: { min: yMin, max: yMax, beginAtZero: true } },
      },
    });
    return () => chart.destroy();
  }, [kind, labels, series, yMin, yMax]);

  return (
    <figure className="group-chart">
      <figcaption className="group-chart__title">{title}</figcaption>
      <div className="group-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      <details className="group-chart__data">
        <summary>{t('groups.charts.showTable')}</summary>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryHeader}</th>
                {series.map((s) => (
                  <th key={s.label} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, i) => (
                <tr key={`${label}-${i}`}>
                  <th scope="row">{label}</th>
                  {series.map((s) => {
                    const value = s.values[i];
                    return (
                      <td key={s.label}>
                        {value === null || value === undefined ? t('groups.charts.noValue') : formatValue(value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
