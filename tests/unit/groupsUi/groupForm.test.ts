import { describe, expect, it } from 'vitest';
import {
  emptyGroupForm,
  groupFormSchema,
  normalizeTime,
  sameIds,
  scheduleInput,
} from '../../../renderer/features/groups/model/groupForm';

const ID = '0123456789abcdef0123456789abcdef';
const valid = { ...emptyGroupForm('2026-11-02', ID), name: 'Жаңа өмір' };
const issues = (values: unknown) => {
  const result = groupFormSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('group form', () => {
  it('accepts a minimal group and sends empty optional fields as null', () => {
    const parsed = groupFormSchema.parse(valid);
    expect(scheduleInput(parsed)).toMatchObject({
      name: 'Жаңа өмір',
      unit: null,
      endDate: null,
      time: null,
      programmeText: null,
      plannedSessions: null,
    });
  });

  it('asks for a description when the programme is "other", and keeps it only then', () => {
    expect(issues({ ...valid, programmeType: 'other' })).toEqual([expect.stringContaining('groups.form.describeProgramme')]);
    const other = groupFormSchema.parse({ ...valid, programmeType: 'other', programmeText: 'Арт-терапия' });
    expect(scheduleInput(other).programmeText).toBe('Арт-терапия');
    const named = groupFormSchema.parse({ ...valid, programmeText: 'forgotten text' });
    expect(scheduleInput(named).programmeText).toBeNull();
  });

  it('refuses an end before the start and a time that is not a time', () => {
    expect(issues({ ...valid, endDate: '2026-10-01' })).toEqual([expect.stringContaining('endDate: ')]);
    expect(issues({ ...valid, time: '25:00' })).toEqual([expect.stringContaining('time: ')]);
  });

  it('reads times as people type them', () => {
    expect(normalizeTime('9:30')).toBe('09:30');
    expect(normalizeTime('15.05')).toBe('15:05');
    expect(normalizeTime('1505')).toBe('15:05');
    expect(groupFormSchema.parse({ ...valid, time: '9.30' }).time).toBe('09:30');
  });

  it('needs at least one facilitator and sorts the weekdays', () => {
    expect(issues({ ...valid, facilitatorIds: [] })).toEqual([expect.stringContaining('facilitatorIds')]);
    expect(scheduleInput(groupFormSchema.parse({ ...valid, weekdays: [5, 1, 3] })).weekdays).toEqual([1, 3, 5]);
  });

  it('compares facilitator lists regardless of order', () => {
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
  });
});
