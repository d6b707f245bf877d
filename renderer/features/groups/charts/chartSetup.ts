/**
 * Chart.js, registered once with only the pieces the group views draw: bar and line charts over
 * categories (sessions) with a linear value axis, and a legend. No tooltip plugin: every number
 * is in the table next to the chart, where the keyboard and screen readers reach it too.
 * Chart.js is tree-shakeable; unregistered controllers stay out of the bundle
 * (chartjs.org/docs/latest/getting-started/integration.html, "Bundle optimization").
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

// The app's own fonts, which all cover Kazakh letters; Chart.js draws on a canvas and would
// otherwise use its default Helvetica stack.
Chart.defaults.font.family = "'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif";
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1b2528';
// Charts appear in place; nothing moves (the design asks for calm screens, and screenshots stay stable).
Chart.defaults.animation = false;

export { Chart };
