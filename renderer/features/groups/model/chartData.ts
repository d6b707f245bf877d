/**
 * Chart series for the group dashboard and a member's progress, from the backend's numbers.
 * Missing values stay null (a gap in the line, a dash in the table), never zero.
 */
import type { GroupDashboard, MemberProgress } from '../../../../electron/contract/groupChannels';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: string;
}

/** Colours with at least 3:1 contrast on white, distinct also for the common colour-vision deficiencies. */
export const CHART_COLOURS = { primary: '#0e5a61', before: '#8a5a00', after: '#1f5fbf', change: '#6b3fa0' } as const;

/** Attendance rate per session as a percentage (0–100), one value per session. */
export function attendanceSeries(dashboard: GroupDashboard, label: string): ChartSeries {
  return {
    label,
    values: dashboard.sessions.map((s) => (s.attendanceRate === null ? null : Math.round(s.attendanceRate * 100))),
    colour: CHART_COLOURS.primary,
  };
}

const oneDecimal = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

type BeforeAfter = { before: string; after: string };

/** Mood before and after as two series in the same two colours, on the dashboard and a member's page alike. */
const beforeAfterSeries = (labels: BeforeAfter, before: (number | null)[], after: (number | null)[]): ChartSeries[] => [
  { label: labels.before, values: before, colour: CHART_COLOURS.before },
  { label: labels.after, values: after, colour: CHART_COLOURS.after },
];

/** Mean mood before and after per session (0–10). */
export function moodSeries(dashboard: GroupDashboard, labels: BeforeAfter): ChartSeries[] {
  return beforeAfterSeries(
    labels,
    dashboard.sessions.map((s) => oneDecimal(s.meanMoodBefore)),
    dashboard.sessions.map((s) => oneDecimal(s.meanMoodAfter)),
  );
}

/** Mean mood change per session (after − before, −10…10). */
export function moodChangeSeries(dashboard: GroupDashboard, label: string): ChartSeries {
  return { label, values: dashboard.sessions.map((s) => oneDecimal(s.meanMoodChange)), colour: CHART_COLOURS.change };
}

/** One member's mood before and after, per session of their membership. */
export function memberMoodSeries(progress: MemberProgress, labels: BeforeAfter): ChartSeries[] {
  return beforeAfterSeries(
    labels,
    progress.sessions.map((s) => s.moodBefore),
    progress.sessions.map((s) => s.moodAfter),
  );
}

/** Sessions that have a value in any of the series: a chart with none has nothing to draw. */
export const hasValues = (series: readonly ChartSeries[]): boolean => series.some((s) => s.values.some((v) => v !== null));

/** The latest and the first value of a series, for a one-sentence summary ("from 60 % to 80 %"). */
export function firstAndLast(series: ChartSeries): { first: number; last: number } | null {
  const values = series.values.filter((v): v is number => v !== null);
  return values.length === 0 ? null : { first: values[0]!, last: values[values.length - 1]! };
}
