/**
 * The group form's values and rules (react-hook-form over zod), and their conversion to and
 * from the contract. Empty optional fields are '' or null in the form and null in the contract.
 */
import { z } from 'zod';
import { type GroupSummary, programmeTypeSchema, weekdaySchema } from '../../../../electron/contract/groupChannels';
import { idSchema } from '../../../../electron/contract/schemas';
import { message } from '../../../forms/validation';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "9:30", "09.30" and "0930" as people type them → "09:30"; anything else stays as typed (and fails). */
export function normalizeTime(text: string): string {
  const match = /^\s*(\d{1,2})[:.\s]?(\d{2})\s*$/.exec(text);
  if (!match) return text.trim();
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}

const isTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

export const groupFormSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    programmeType: programmeTypeSchema,
    programmeText: z.string().trim().max(200),
    unit: z.string().trim().max(100),
    startDate: z.string().regex(DATE, message('validation.required')),
    endDate: z.string(),
    weekdays: z.array(weekdaySchema).max(7),
    time: z.string().transform(normalizeTime),
    plannedSessions: z.int().min(1).max(1000).nullable(),
    capacity: z.int().min(1).max(200).nullable(),
    goals: z.string().trim().max(5000),
    facilitatorIds: z.array(idSchema).min(1).max(10),
  })
  .superRefine((v, ctx) => {
    if (v.programmeType === 'other' && v.programmeText.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['programmeText'], message: message('groups.form.describeProgramme') });
    }
    if (v.endDate !== '' && DATE.test(v.startDate) && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: message('groups.form.endBeforeStart') });
    }
    if (v.time !== '' && !isTime(v.time)) {
      ctx.addIssue({ code: 'custom', path: ['time'], message: message('groups.form.timeFormat') });
    }
  });

export type GroupFormInput = z.input<typeof groupFormSchema>;
export type GroupFormValues = z.output<typeof groupFormSchema>;

export function emptyGroupForm(today: string, selfId: string | null): GroupFormInput {
  return {
    name: '',
    programmeType: 'psychosocial-adaptation',
    programmeText: '',
    unit: '',
    startDate: today,
    endDate: '',
    weekdays: [],
    time: '',
    plannedSessions: null,
    capacity: null,
    goals: '',
    facilitatorIds: selfId ? [selfId] : [],
  };
}

export function groupFormOf(group: GroupSummary): GroupFormInput {
  return {
    name: group.name,
    programmeType: group.programmeType,
    programmeText: group.programmeText ?? '',
    unit: group.unit ?? '',
    startDate: group.startDate,
    endDate: group.endDate ?? '',
    weekdays: [...group.weekdays],
    time: group.time ?? '',
    plannedSessions: group.plannedSessions,
    capacity: group.capacity,
    goals: group.goals,
    facilitatorIds: group.facilitators.map((f) => f.id),
  };
}

/** The schedule fields of groups:create and groups:update. */
export function scheduleInput(v: GroupFormValues) {
  return {
    name: v.name,
    programmeType: v.programmeType,
    // Free text is kept for "other" only; for a named programme it would be a second, hidden name.
    programmeText: v.programmeType === 'other' ? v.programmeText : null,
    unit: v.unit === '' ? null : v.unit,
    startDate: v.startDate,
    endDate: v.endDate === '' ? null : v.endDate,
    weekdays: [...v.weekdays].sort((a, b) => a - b),
    time: v.time === '' ? null : v.time,
    plannedSessions: v.plannedSessions,
    capacity: v.capacity,
    goals: v.goals,
  };
}

/** Whether two id lists name the same people (order does not matter). */
export const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();
