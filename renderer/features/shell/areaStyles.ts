/*
 * The areas' stylesheets, loaded with the first screen, before the global ones (main.tsx imports this
 * first). The areas' code loads on first use (areas.ts), but their styles stay where they were before
 * the split, in this order ahead of renderer/styles: a stylesheet that arrived later with its area
 * would win over the global rules it used to lose to, and screens would change. All of them are
 * 15 KB gzip. Trends' and the supervisor's stylesheets load with their areas, as they already did.
 * A new area stylesheet goes here too (tests/unit/shell/areaStyles.test.ts checks).
 */
import '../about/about.css';
import '../backup/backup.css';
import '../bundles/facility/bundles.css';
import '../instruments/instruments.css';
import '../instruments/items.css';
import '../instruments/panels.css';
import '../report/report.css';
import '../drawing/thumbnail/thumbnail.css';
import '../referrals/referrals.css';
import '../drawing/annotations/annotations.css';
import '../drawing/paper/paper.css';
import '../drawing/replay.css';
import '../assessment/assessment.css';
import '../legalStatus/legalStatus.css';
import '../timeline/timeline.css';
import '../drawing/area/area.css';
import '../reentry/reentry.css';
import '../clients/clients.css';
import '../directory/directory.css';
import '../groups/groups.css';
import '../instruments/clientMode.css';
import '../instruments/catalogue/catalogue.css';
import '../home/home.css';
import '../drawing/drawing.css';
import './idleCountdown.css';
import '../vault/vaultProblem.css';
