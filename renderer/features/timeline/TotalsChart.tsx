import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { formatDate } from '../../i18n/format';
import { say } from '../instruments/localized';
import { Chart } from './chart/chartSetup';
import { totalsChartConfig } from './chart/totalsChartConfig';
import type { TotalsSeries } from './model/totals';
import { formatScore } from './model/numbers';

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
  const data = useMemo(() => points.map((p) => ({ x: Date.parse(p.date), y: p.value })), [points]);
  const bands = useMemo(
    () => boxes.map((b) => ({ from: b.from, to: b.to, label: say(b.band.label, language) })),
    [boxes, language],
  );
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
    const chart = new Chart(
      canvas.current,
      totalsChartConfig({ data, bands, range, scaleName, language, dateAxisTitle: t('timeline.chart.dateAxis') }),
    );
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
      <TotalsTable title={title} scaleName={scaleName} points={points} labels={labels} language={language} />
    </figure>
  );
}

type TableProps = { title: string; scaleName: string; points: TotalsSeries['points']; labels: string[]; language: Language };

/** Every value of the chart, for screen readers and the keyboard; the eye does not need it. */
function TotalsTable({ title, scaleName, points, labels, language }: TableProps) {
  const { t } = useTranslation();
  return (
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
  );
}
