import type { ReentryArea, ReentryPlan, ReentryStatus } from '../../../electron/contract/reentryChannels';

/**
 * The re-entry section's values as the screen holds them: dates as "YYYY-MM-DD" or '' (not set), so they compare
 * as text. The plan's date rules, checked here before anything is sent (the backend checks them again).
 */
export type ItemValues = { owner: string; status: ReentryStatus; dueOn: string; note: string };
export type DateValues = { releaseDate: string; probationEnd: string };

export function itemValues(plan: ReentryPlan): Record<ReentryArea, ItemValues> {
  return Object.fromEntries(
    plan.items.map((i) => [i.area, { owner: i.owner, status: i.status, dueOn: i.dueOn ?? '', note: i.note }]),
  ) as Record<ReentryArea, ItemValues>;
}

export const dateValues = (plan: ReentryPlan): DateValues => ({
  releaseDate: plan.releaseDate ?? '',
  probationEnd: plan.probationEnd ?? '',
});

export type DateProblem =
  | { field: 'releaseDate'; kind: 'releaseBeforeSentence'; sentenceStart: string }
  | { field: 'probationEnd'; kind: 'probationBeforeRelease' };

/** What is wrong with the dates, or null: the release before the sentence started, probation ending before release. */
export function dateProblem(d: DateValues, sentenceStart: string | null): DateProblem | null {
  if (sentenceStart && d.releaseDate && d.releaseDate < sentenceStart) {
    return { field: 'releaseDate', kind: 'releaseBeforeSentence', sentenceStart };
  }
  if (d.releaseDate && d.probationEnd && d.probationEnd < d.releaseDate)
    return { field: 'probationEnd', kind: 'probationBeforeRelease' };
  return null;
}
