import { consentReasonSchema } from './consentChannels';
import { z } from 'zod';
import { POINTER_TYPES } from '../../assessments/drawing/model';
import { channel, none } from './channel';
import { calendarDateSchema, clientCodeSchema } from './clientChannels';
import { drawingScreenSchema, instrumentRefSchema, orientationSchema } from './drawingChannels';
import { rolesAccess } from './roles';
import { idSchema, isoDateTimeSchema, languageSchema, passwordSchema } from './schemas';
import { addendumSchema, addendumTextSchema, clinicalText, personRefSchema, signatureSchema } from './signedRecord';

/**
 * Group therapy records (issue 6).
 *
 * Who sees what (checked per group in services/groups, the roles below are only the first gate):
 * - facilitators read and change only the groups they facilitate; of a member they see the code,
 *   the alias, the language and the member's group history, never a client record;
 * - psychologists read every group and change none unless they are also its facilitator (the app
 *   has no client ownership, so "groups of their clients" cannot be narrowed further);
 * - admins read every group and manage groups (create, edit, status, facilitators), but what
 *   happens in a session (members, attendance, notes, drawings) is written by its facilitators;
 * - supervisors see nothing here.
 */

export const PROGRAMME_TYPES = [
  'psychosocial-adaptation',
  'anger-management',
  'addiction-recovery',
  'pre-release',
  'other',
] as const;
export const programmeTypeSchema = z.enum(PROGRAMME_TYPES);
export type ProgrammeType = z.infer<typeof programmeTypeSchema>;

/** planned → running → finished (or planned → finished for a group that never met); never back. */
export const GROUP_STATUSES = ['planned', 'running', 'finished'] as const;
export const groupStatusSchema = z.enum(GROUP_STATUSES);
export type GroupStatus = z.infer<typeof groupStatusSchema>;

export const LEAVING_REASONS = ['completed', 'released', 'transferred', 'dropped-out', 'other'] as const;
export const leavingReasonSchema = z.enum(LEAVING_REASONS);
export type LeavingReason = z.infer<typeof leavingReasonSchema>;

export const ATTENDANCE = ['present', 'late', 'absent-excused', 'absent-unexcused'] as const;
export const attendanceSchema = z.enum(ATTENDANCE);
export type Attendance = z.infer<typeof attendanceSchema>;

/** Who typed a mood score: the facilitator in the attendance, or the member in client mode. */
export const MOOD_SOURCES = ['facilitator', 'member'] as const;
export const moodSourceSchema = z.enum(MOOD_SOURCES);

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.int().min(1).max(7);
/** Local wall-clock time of day, `HH:MM`. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
export const participationSchema = z.int().min(1).max(5);
export const moodSchema = z.int().min(0).max(10);

/** Default of "at risk of dropping out": this many absences (excused or not) in a row, the latest included. */
export const AT_RISK_ABSENCES_DEFAULT = 2;
/** Longest range the session calendar answers for. */
export const CALENDAR_MAX_DAYS = 366;

const nameSchema = z.string().trim().min(1).max(120);
/** The name a member goes by in the group (not their full name); the enrol and edit forms use it too. */
export const aliasSchema = z.string().trim().min(1).max(60);
const shortNoteSchema = clinicalText(1000).trim();
export const MAX_SESSION_NOTE = 20_000;
export const MAX_NOTE_ADDENDUM = 5000;

const scheduleFields = {
  name: nameSchema,
  programmeType: programmeTypeSchema,
  /** Free text about the programme; required when the type is 'other'. */
  programmeText: clinicalText(200).trim().nullable(),
  unit: z.string().trim().min(1).max(100).nullable(),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema.nullable(),
  /** Distinct ISO weekdays, any order (stored sorted). */
  weekdays: z
    .array(weekdaySchema)
    .max(7)
    .refine((d) => new Set(d).size === d.length, 'duplicate weekday'),
  time: timeOfDaySchema.nullable(),
  plannedSessions: z.int().min(1).max(1000).nullable(),
  capacity: z.int().min(1).max(200).nullable(),
  goals: z.string().trim().max(5000),
};

type ScheduleInput = { programmeType: ProgrammeType; programmeText: string | null; startDate: string; endDate: string | null };
/** The end is not before the start, and an 'other' programme is described; keeps the schema's own input and output types. */
const scheduleIsCoherent = <S extends z.ZodType<ScheduleInput>>(s: S): S =>
  s
    .refine((g) => g.endDate === null || g.endDate >= g.startDate, { path: ['endDate'], message: 'ends before it starts' })
    .refine((g) => g.programmeType !== 'other' || (g.programmeText ?? '').length > 0, {
      path: ['programmeText'],
      message: 'describe the programme',
    });

const facilitatorIdsSchema = z
  .array(idSchema)
  .min(1)
  .max(10)
  .refine((ids) => new Set(ids).size === ids.length, 'duplicate facilitator');

/** A group as lists show it. `canManage`: the caller may edit it; `canRecord`: the caller is its facilitator. */
export const groupSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  programmeType: programmeTypeSchema,
  programmeText: z.string().nullable(),
  unit: z.string().nullable(),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema.nullable(),
  weekdays: z.array(weekdaySchema),
  time: timeOfDaySchema.nullable(),
  plannedSessions: z.int().nullable(),
  capacity: z.int().nullable(),
  status: groupStatusSchema,
  goals: z.string(),
  facilitators: z.array(personRefSchema),
  /** Members who have not left. */
  activeMembers: z.int().nonnegative(),
  sessionCount: z.int().nonnegative(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  canManage: z.boolean(),
  canRecord: z.boolean(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;

/** A membership: one client's time in one group. A client who returns gets a new membership. */
export const memberSchema = z.object({
  id: idSchema,
  groupId: idSchema,
  clientId: idSchema,
  code: z.string(),
  alias: z.string(),
  language: languageSchema.nullable(),
  joinedOn: calendarDateSchema,
  leftOn: calendarDateSchema.nullable(),
  leavingReason: leavingReasonSchema.nullable(),
  leavingNote: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const NOTE_STATUSES = ['none', 'draft', 'signed'] as const;
export const noteStatusSchema = z.enum(NOTE_STATUSES);

export const sessionSummarySchema = z.object({
  id: idSchema,
  groupId: idSchema,
  date: calendarDateSchema,
  time: timeOfDaySchema.nullable(),
  durationMinutes: z.int().positive(),
  topic: z.string(),
  plannedActivities: z.string(),
  facilitators: z.array(personRefSchema),
  noteStatus: noteStatusSchema,
  /** Members with an attendance mark; present + late of them. */
  recorded: z.int().nonnegative(),
  attended: z.int().nonnegative(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const groupDetailSchema = groupSummarySchema.extend({
  /** Active members first (by alias), then those who left (latest first). */
  members: z.array(memberSchema),
  /** Oldest first. */
  sessions: z.array(sessionSummarySchema),
});
export type GroupDetail = z.infer<typeof groupDetailSchema>;

/** What one member's line of one session records; the attendance and member progress show the same fields. */
const attendanceFields = {
  attendance: attendanceSchema.nullable(),
  participation: participationSchema.nullable(),
  note: z.string(),
  moodBefore: moodSchema.nullable(),
  moodAfter: moodSchema.nullable(),
  moodBeforeBy: moodSourceSchema.nullable(),
  moodAfterBy: moodSourceSchema.nullable(),
  /** Drawings this member made in this session, oldest first. */
  drawingIds: z.array(idSchema),
};

/** One member's line of a session's attendance. */
export const attendanceRowSchema = z.object({
  memberId: idSchema,
  code: z.string(),
  alias: z.string(),
  language: languageSchema.nullable(),
  ...attendanceFields,
});
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

/** The group's note of a session: a draft anyone of its facilitators edits, then signed and read-only, then addenda. */
export const sessionNoteSchema = z.object({
  status: noteStatusSchema,
  text: z.string(),
  updatedAt: isoDateTimeSchema.nullable(),
  updatedBy: personRefSchema.nullable(),
  signature: signatureSchema.nullable(),
  addenda: z.array(addendumSchema),
  /**
   * A signed session whose note, attendance, facilitators or drawings no longer match the seal made at
   * signing: changed outside the app (services/signing/signedSeal.ts), its signature undone included. False before signing.
   */
  altered: z.boolean(),
});
export type SessionNote = z.infer<typeof sessionNoteSchema>;

export const sessionDetailSchema = sessionSummarySchema.extend({
  groupName: z.string(),
  groupStatus: groupStatusSchema,
  /** The group's facilitators: whom the session's facilitators may be chosen from. */
  groupFacilitators: z.array(personRefSchema),
  canRecord: z.boolean(),
  /** Members enrolled on the session's date, and anyone else with a line or a drawing in it; by alias. */
  attendance: z.array(attendanceRowSchema),
  note: sessionNoteSchema,
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

const sessionFields = {
  date: calendarDateSchema,
  time: timeOfDaySchema.nullable(),
  durationMinutes: z.int().min(5).max(600),
  topic: clinicalText(200).trim(),
  plannedActivities: clinicalText(5000).trim(),
  /** The group's facilitators who ran this session; each must facilitate the group. */
  facilitatorIds: facilitatorIdsSchema,
};

/** A line of the attendance as saved: every field replaces the stored one. */
export const attendanceInputRowSchema = z
  .object({
    memberId: idSchema,
    attendance: attendanceSchema.nullable(),
    participation: participationSchema.nullable(),
    note: shortNoteSchema,
    moodBefore: moodSchema.nullable(),
    moodAfter: moodSchema.nullable(),
  })
  .strict();

export const dashboardSessionSchema = z.object({
  sessionId: idSchema,
  date: calendarDateSchema,
  recorded: z.int().nonnegative(),
  present: z.int().nonnegative(),
  late: z.int().nonnegative(),
  absentExcused: z.int().nonnegative(),
  absentUnexcused: z.int().nonnegative(),
  /** (present + late) / recorded, 0–1; null when nobody's attendance was recorded. */
  attendanceRate: z.number().min(0).max(1).nullable(),
  /** Members with both mood scores. */
  moodPairs: z.int().nonnegative(),
  meanMoodBefore: z.number().nullable(),
  meanMoodAfter: z.number().nullable(),
  /** Mean of (after − before) over those members; null without pairs. */
  meanMoodChange: z.number().nullable(),
});
export type DashboardSession = z.infer<typeof dashboardSessionSchema>;

export const atRiskMemberSchema = z.object({
  memberId: idSchema,
  code: z.string(),
  alias: z.string(),
  /** Absences in a row up to the member's latest recorded session. */
  absencesInARow: z.int().positive(),
  /** Date of the last session the member attended (present or late), or null. */
  lastAttendedOn: calendarDateSchema.nullable(),
});

export const groupDashboardSchema = z.object({
  groupId: idSchema,
  /** Oldest first. */
  sessions: z.array(dashboardSessionSchema),
  /** Over every recorded mark of every session. */
  attendanceRate: z.number().min(0).max(1).nullable(),
  meanMoodChange: z.number().nullable(),
  /** Active members only, most absences first. */
  atRisk: z.array(atRiskMemberSchema),
  absencesThreshold: z.int().positive(),
});
export type GroupDashboard = z.infer<typeof groupDashboardSchema>;

export const progressSessionSchema = z.object({
  sessionId: idSchema,
  date: calendarDateSchema,
  topic: z.string(),
  ...attendanceFields,
});

/** A membership in any group: what a facilitator may know of a member's past beyond this group. */
export const groupHistoryEntrySchema = z.object({
  memberId: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  programmeType: programmeTypeSchema,
  joinedOn: calendarDateSchema,
  leftOn: calendarDateSchema.nullable(),
  leavingReason: leavingReasonSchema.nullable(),
});

export const memberProgressSchema = z.object({
  member: memberSchema,
  groupName: z.string(),
  /** Every session of the group from the member's join date to the leave date, oldest first. */
  sessions: z.array(progressSessionSchema),
  attendanceRate: z.number().min(0).max(1).nullable(),
  meanParticipation: z.number().nullable(),
  meanMoodChange: z.number().nullable(),
  /** The same client's memberships in every group, this one included, oldest first. */
  history: z.array(groupHistoryEntrySchema),
});
export type MemberProgress = z.infer<typeof memberProgressSchema>;

export const calendarEntrySchema = z.object({
  sessionId: idSchema,
  groupId: idSchema,
  groupName: z.string(),
  date: calendarDateSchema,
  time: timeOfDaySchema.nullable(),
  durationMinutes: z.int().positive(),
  topic: z.string(),
  noteStatus: noteStatusSchema,
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

/** What the member at the screen sees in mood client mode: their own alias, language and scores, nothing else. */
export const clientMoodSchema = z.object({
  sessionId: idSchema,
  memberId: idSchema,
  alias: z.string(),
  language: languageSchema.nullable(),
  moodBefore: moodSchema.nullable(),
  moodAfter: moodSchema.nullable(),
});
export type ClientMood = z.infer<typeof clientMoodSchema>;

const READERS = rolesAccess('facilitator', 'psychologist', 'admin');
const MANAGERS = rolesAccess('facilitator', 'admin');
const FACILITATORS = rolesAccess('facilitator');
const byGroup = z.object({ groupId: idSchema }).strict();
const bySession = z.object({ sessionId: idSchema }).strict();

/**
 * Group channels. Every view and change is audited (`group.*`, `groupSession.*`) with ids and
 * small facts, never aliases, codes or note text.
 */
export const groupChannels = {
  /** Groups the caller may read (facilitators: their own), newest start first. */
  'groups:list': channel(z.object({ status: groupStatusSchema.optional() }).strict(), z.array(groupSummarySchema), READERS),
  /** One group with its members and sessions; audited as a view. */
  'groups:get': channel(byGroup, groupDetailSchema, READERS),
  /** Creates a planned group. A facilitator who is not an admin must be among its facilitators. */
  'groups:create': channel(
    scheduleIsCoherent(z.object({ ...scheduleFields, facilitatorIds: facilitatorIdsSchema }).strict()),
    groupDetailSchema,
    MANAGERS,
  ),
  /** Replaces the group's details and schedule (not its status or facilitators). Refused once finished. */
  'groups:update': channel(
    scheduleIsCoherent(z.object({ groupId: idSchema, ...scheduleFields }).strict()),
    groupDetailSchema,
    MANAGERS,
  ),
  /**
   * Moves the status forward only (a finished group: GROUP_FINISHED; running → planned: VALIDATION). Finishing closes every open membership
   * on `on` (default: today) with reason 'completed'; a finished group takes no new members or sessions.
   */
  'groups:setStatus': channel(
    z.object({ groupId: idSchema, status: groupStatusSchema, on: calendarDateSchema.optional() }).strict(),
    groupDetailSchema,
    MANAGERS,
  ),
  /** Replaces the facilitators: active accounts holding the facilitator role (VALIDATION otherwise). */
  'groups:setFacilitators': channel(
    byGroup.extend({ facilitatorIds: facilitatorIdsSchema }).strict(),
    groupDetailSchema,
    MANAGERS,
  ),
  /** Active accounts with the facilitator role, by name: whom a group may be given to. */
  'groups:facilitatorCandidates': channel(none, z.array(personRefSchema), MANAGERS),

  /**
   * Enrols an existing client by the code the facilitator types (NOT_FOUND when no client has it;
   * ALREADY_MEMBER when the client is a member who has not left; GROUP_FULL at capacity).
   * `language` defaults to the client's preferred language. Needs a consent in force covering
   * 'group-therapy', or `consentReason` when none was ever given (CONSENT_REQUIRED otherwise).
   */
  'groups:enrolByCode': channel(
    byGroup
      .extend({
        code: clientCodeSchema,
        alias: aliasSchema,
        joinedOn: calendarDateSchema,
        language: languageSchema.optional(),
        consentReason: consentReasonSchema.optional(),
      })
      .strict(),
    memberSchema,
    FACILITATORS,
  ),
  /**
   * Registers someone who has no client record yet: creates a client with a new code and no
   * identifying data (only the language), and enrols them. The code is in the answer, to write down.
   */
  'groups:registerMember': channel(
    byGroup.extend({ alias: aliasSchema, language: languageSchema, joinedOn: calendarDateSchema }).strict(),
    memberSchema,
    FACILITATORS,
  ),
  /** Changes the alias or language shown in this group (not the client record). */
  'groups:updateMember': channel(
    z.object({ memberId: idSchema, alias: aliasSchema, language: languageSchema.nullable() }).strict(),
    memberSchema,
    FACILITATORS,
  ),
  /** Records that a member left; a membership that has ended cannot be changed. */
  'groups:leave': channel(
    z.object({ memberId: idSchema, leftOn: calendarDateSchema, reason: leavingReasonSchema, note: shortNoteSchema }).strict(),
    memberSchema,
    FACILITATORS,
  ),

  /** Attendance rate and mood change per session, and members at risk of dropping out; audited as a view. */
  'groups:dashboard': channel(
    byGroup.extend({ absencesInARow: z.int().min(2).max(10).optional() }).strict(),
    groupDashboardSchema,
    READERS,
  ),
  /** One member across the group's sessions, with their group history; audited as a view. */
  'groups:memberProgress': channel(z.object({ memberId: idSchema }).strict(), memberProgressSchema, READERS),

  /** Sessions of the groups the caller may read with a date in [from, to] (at most CALENDAR_MAX_DAYS), by date and time. */
  'groupSessions:calendar': channel(
    z
      .object({ from: calendarDateSchema, to: calendarDateSchema })
      .strict()
      .refine((r) => r.to >= r.from, { path: ['to'], message: 'ends before it starts' })
      .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 < CALENDAR_MAX_DAYS, {
        path: ['to'],
        message: 'range too long',
      }),
    z.array(calendarEntrySchema),
    READERS,
  ),
  /** Adds a session to a group that is not finished. */
  'groupSessions:create': channel(byGroup.extend(sessionFields).strict(), sessionDetailSchema, FACILITATORS),
  /** Replaces a session's date, time, duration, topic, activities and facilitators (its records stay). */
  'groupSessions:update': channel(bySession.extend(sessionFields).strict(), sessionDetailSchema, FACILITATORS),
  /** Deletes a session entered by mistake: only while it has no attendance, note or drawing (SESSION_NOT_EMPTY). */
  'groupSessions:delete': channel(bySession, z.null(), FACILITATORS),
  /** The session with its attendance and note; audited as a view. */
  'groupSessions:get': channel(bySession, sessionDetailSchema, READERS),
  /**
   * Saves the whole attendance in one call: every listed member's line replaces the stored one
   * (members not listed keep theirs). A mood score that changes is marked as entered by the facilitator.
   */
  'groupSessions:saveAttendance': channel(
    bySession
      .extend({
        rows: z
          .array(attendanceInputRowSchema)
          .max(200)
          .refine((rows) => new Set(rows.map((r) => r.memberId)).size === rows.length, 'duplicate member'),
      })
      .strict(),
    sessionDetailSchema,
    FACILITATORS,
  ),
  /** Saves the draft of the session note (RECORD_SIGNED once signed). */
  'groupSessions:saveNote': channel(
    bySession.extend({ text: clinicalText(MAX_SESSION_NOTE) }).strict(),
    sessionNoteSchema,
    FACILITATORS,
  ),
  /** Signs the note with the caller's password (INVALID_CREDENTIALS when wrong); then it is read-only. */
  'groupSessions:signNote': channel(bySession.extend({ password: passwordSchema }).strict(), sessionNoteSchema, FACILITATORS),
  /** Adds a signed, dated addendum to a signed note (RECORD_NOT_SIGNED before). */
  'groupSessions:addAddendum': channel(
    bySession.extend({ text: addendumTextSchema(MAX_NOTE_ADDENDUM), password: passwordSchema }).strict(),
    sessionNoteSchema,
    FACILITATORS,
  ),
  /**
   * Starts a drawing by a member in a session, stored with both. The renderer then hands the
   * screen over with `clientMode:enter` and uses the drawings channels as for any drawing.
   */
  'groupSessions:startDrawing': channel(
    bySession
      .extend({
        memberId: idSchema,
        orientation: orientationSchema,
        instrumentId: instrumentRefSchema.optional(),
        pageId: instrumentRefSchema.optional(),
        pointerTypes: z.array(z.enum(POINTER_TYPES)).max(POINTER_TYPES.length).optional(),
        screen: drawingScreenSchema,
      })
      .strict(),
    z.object({ id: idSchema }),
    FACILITATORS,
  ),
  /** Member self-entry of mood (client mode kind 'groupMood', entered with clientMode:enter): the member's own scores; only while the screen is in mood client mode for them (CLIENT_MODE otherwise). */
  'groupSessions:clientMood': channel(bySession.extend({ memberId: idSchema }).strict(), clientMoodSchema, FACILITATORS),
  /** Saves the member's scores; a score that changes is marked as entered by the member. */
  'groupSessions:saveClientMood': channel(
    bySession.extend({ memberId: idSchema, moodBefore: moodSchema.nullable(), moodAfter: moodSchema.nullable() }).strict(),
    clientMoodSchema,
    FACILITATORS,
  ),
} as const;
