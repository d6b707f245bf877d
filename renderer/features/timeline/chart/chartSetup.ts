/**
 * Chart.js with only what the totals charts draw: a line over a category axis of dates and a
 * linear value axis. Dates are category labels formatted by renderer/i18n/format.ts, so no time
 * scale and no date adapter is needed (chartjs.org/docs/latest/axes/cartesian/time.html requires
 * one). Unregistered controllers stay out of the bundle
 * (chartjs.org/docs/latest/getting-started/integration.html, "Bundle optimization").
 * No tooltip or legend: every value is in the table beside the chart, where the keyboard and
 * screen readers reach it. Registering twice (the group charts register too) is harmless.
 */
import { CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);

/** The app's fonts (base.css), which cover Kazakh letters; the canvas would otherwise use Helvetica. */
export const CHART_FONT = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";

export { Chart };
