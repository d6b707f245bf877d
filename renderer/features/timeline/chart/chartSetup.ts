/**
 * Chart.js with only what the totals charts draw: a line over two linear axes, dates as
 * timestamps (dateAxis.ts, labelled by renderer/i18n/format.ts, so no time scale and no date
 * adapter is needed: chartjs.org/docs/latest/axes/cartesian/time.html requires one) and the
 * scale's values. Unregistered controllers stay out of the bundle
 * (chartjs.org/docs/latest/getting-started/integration.html, "Bundle optimization").
 * No tooltip or legend: every value is in the table beside the chart, where the keyboard and
 * screen readers reach it. Registering twice (the group charts register too) is harmless.
 */
import { Chart, LineController, LineElement, LinearScale, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale);

/** The app's fonts (base.css), which cover Kazakh letters; the canvas would otherwise use Helvetica. */
export const CHART_FONT = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";

export { Chart };
