import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSeries } from './model/display';

type Props = {
  title: string;
  periods: string[];
  series: ChartSeries[];
  k: number;
  valueAxisTitle: string;
  formatValue: (value: number) => string;
  integer: boolean;
  testId: string;
};

/**
 * One bar chart of a Trends table. Chart.js and its bar controller load with the first chart
 * (a dynamic import), not with the app. The canvas is an image named by the title and described in
 * one line; the table under it holds every value and every hidden one
 * (chartjs.org/docs/latest/general/accessibility.html).
 */
export function TrendsChart({ title, periods, series, k, valueAxisTitle, formatValue, integer, testId }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const summaryId = useId();

  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let live = true;
    void import('./chart/trendsChart').then(({ Chart, trendsChartConfig }) => {
      if (!live || !canvas.current) return;
      chart = new Chart(
        canvas.current,
        trendsChartConfig({ periods, series, hiddenMark: `<${k}`, valueAxisTitle, formatValue, integer }),
      );
    });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [periods, series, k, valueAxisTitle, formatValue, integer]);

  const hidden = series.reduce((n, s) => n + s.hidden.filter(Boolean).length, 0);
  return (
    <figure className="trends-chart" data-testid={testId}>
      <div className="trends-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={title} aria-describedby={summaryId} />
      </div>
      <figcaption id={summaryId} className="trends-chart__summary">
        {t('trends.chartSummary', { periods: periods.length, series: series.length, hidden, k })}
      </figcaption>
    </figure>
  );
}
