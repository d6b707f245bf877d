import { describe, expect, it } from 'vitest';
import { type ProgressItem, reentryProgress } from '../../../common/reentryProgress';

/** How far a re-entry plan has come: the bar on the client page and the line on the printed page. */

const TODAY = '2026-11-25';
const item = (status: ProgressItem['status'], dueOn: string | null = null): ProgressItem => ({ status, dueOn });
const eight = (status: ProgressItem['status']) => Array.from({ length: 8 }, () => item(status));

describe('re-entry progress', () => {
  it('counts done steps over the steps that apply; "not needed" leaves the count', () => {
    const p = reentryProgress([item('done'), item('done'), item('in-progress'), item('not-started'), item('not-needed')], TODAY);
    expect(p).toEqual({ done: 2, inProgress: 1, applicable: 4, percent: 50, overdue: 0 });
  });

  it('a new plan is 0 of 8; a finished one 100 %', () => {
    expect(reentryProgress(eight('not-started'), TODAY)).toMatchObject({ done: 0, applicable: 8, percent: 0 });
    expect(reentryProgress(eight('done'), TODAY)).toMatchObject({ done: 8, applicable: 8, percent: 100 });
  });

  it('never rounds up to 100 % while a step is left (7 of 8 is 87 %, 2 of 3 is 66 %)', () => {
    expect(reentryProgress([...Array.from({ length: 7 }, () => item('done')), item('in-progress')], TODAY).percent).toBe(87);
    expect(reentryProgress([item('done'), item('done'), item('not-started')], TODAY).percent).toBe(66);
  });

  it('says "nothing to do" (null), not 0 % or 100 %, when every step is not needed', () => {
    expect(reentryProgress(eight('not-needed'), TODAY)).toEqual({
      done: 0,
      inProgress: 0,
      applicable: 0,
      percent: null,
      overdue: 0,
    });
    expect(reentryProgress([], TODAY).percent).toBeNull();
  });

  it('overdue: an unfinished step due before today; the due day itself, done and not-needed steps are not overdue', () => {
    const p = reentryProgress(
      [
        item('not-started', '2026-11-24'),
        item('in-progress', '2026-01-01'),
        item('in-progress', TODAY),
        item('done', '2026-01-01'),
        item('not-needed', '2026-01-01'),
        item('not-started', null),
      ],
      TODAY,
    );
    expect(p.overdue).toBe(2);
    expect(p.applicable).toBe(5);
  });
});
