/**
 * How far a re-entry plan has come (issue 17 §3), the same on the client page and on the printed plan.
 *
 * Areas marked "not needed" leave the count: a client who has a passport is not behind on identity documents.
 * An area is counted done only when its status is 'done'; "in progress" is shown but not counted, so the bar
 * never says more than what is finished. A plan with every area "not needed" has nothing to do: `applicable` 0,
 * `percent` null (shown as "nothing to do", not as 0 % or 100 %). Overdue: not done, not "not needed", and due
 * before `today` (a calendar date, YYYY-MM-DD), so the due day itself is not late yet.
 */

export type ProgressItem = { status: 'not-started' | 'in-progress' | 'done' | 'not-needed'; dueOn: string | null };

export type ReentryProgress = {
  done: number;
  inProgress: number;
  /** Areas that count: every area except "not needed". */
  applicable: number;
  /** Whole percent of applicable areas done, rounded down (99 % until the last is done); null when none applies. */
  percent: number | null;
  overdue: number;
};

/** A step still to do whose due date has passed (the screen's and the printed plan's "overdue"). */
export function isOverdue(item: ProgressItem, today: string): boolean {
  return item.status !== 'done' && item.status !== 'not-needed' && item.dueOn !== null && item.dueOn < today;
}

export function reentryProgress(items: readonly ProgressItem[], today: string): ReentryProgress {
  let done = 0;
  let inProgress = 0;
  let applicable = 0;
  let overdue = 0;
  for (const item of items) {
    if (item.status === 'not-needed') continue;
    applicable++;
    if (item.status === 'done') done++;
    else {
      if (item.status === 'in-progress') inProgress++;
      if (isOverdue(item, today)) overdue++;
    }
  }
  return { done, inProgress, applicable, percent: applicable === 0 ? null : Math.floor((done * 100) / applicable), overdue };
}
