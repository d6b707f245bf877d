import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Backend, openBackend } from '../../electron/backend/openBackend';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../electron/contract/channels';
import type { BenchRow } from './run';

/**
 * Issue 6: a group with 30 members and 100 recorded sessions opens its dashboard and a member's
 * progress in under 100 ms of backend time (through invoke: dispatch, validation, queries, audit).
 */
const TARGET_MS = 100;
const MEMBERS = 30;
const SESSIONS = 100;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function call<C extends ChannelName>(backend: Backend, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await backend.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function time(n: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm the statement cache, as a second opening would be
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await work();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const dayAfter = (start: string, days: number): string =>
  new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);

export async function groupBenchmarks(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kenes-bench-groups-'));
  // A cheap scrypt: sign-in cost is measured in vault.bench.ts, not here.
  const backend = openBackend({ dataDir: dir, idleCheckMs: 0, log: () => undefined, kdfCost: { N: 2 ** 12, r: 8, p: 1 } });
  try {
    await call(backend, 'vault:setup', {
      language: 'en',
      facilityName: 'Bench facility',
      admin: { fullName: 'Bench Admin', username: 'operator', password: 'Quiet-Steppe-Evening-2026' },
    });
    const temporaryPassword = 'Temporary-Facilitator-Pass-31';
    const facilitator = await call(backend, 'accounts:create', {
      fullName: 'Bench Facilitator',
      username: 'leader',
      roles: ['facilitator'],
      language: 'ru',
      temporaryPassword,
    });
    await call(backend, 'auth:signOut', {});
    await call(backend, 'auth:signIn', { username: 'leader', password: temporaryPassword });
    await call(backend, 'account:changePassword', {
      currentPassword: temporaryPassword,
      newPassword: 'Runs-Groups-On-Thursdays-77',
    });

    const group = await call(backend, 'groups:create', {
      name: 'Bench group',
      programmeType: 'addiction-recovery',
      programmeText: null,
      unit: null,
      startDate: '2026-01-05',
      endDate: null,
      weekdays: [1, 4],
      time: '10:00',
      plannedSessions: SESSIONS,
      capacity: null,
      goals: '',
      facilitatorIds: [facilitator.id],
    });
    const members: ChannelOutput<'groups:registerMember'>[] = [];
    for (let i = 0; i < MEMBERS; i++) {
      members.push(
        await call(backend, 'groups:registerMember', {
          groupId: group.id,
          alias: `Member ${i}`,
          language: 'ru',
          joinedOn: '2026-01-05',
        }),
      );
    }
    const attendance = ['present', 'present', 'present', 'late', 'absent-excused', 'absent-unexcused'] as const;
    for (let s = 0; s < SESSIONS; s++) {
      const session = await call(backend, 'groupSessions:create', {
        groupId: group.id,
        date: dayAfter('2026-01-05', s * 3),
        time: '10:00',
        durationMinutes: 90,
        topic: `Topic ${s}`,
        plannedActivities: '',
        facilitatorIds: [facilitator.id],
      });
      await call(backend, 'groupSessions:saveAttendance', {
        sessionId: session.id,
        rows: members.map((m, i) => ({
          memberId: m.id,
          attendance: attendance[(i * 7 + s) % attendance.length]!,
          participation: 1 + ((i + s) % 5),
          note: s % 10 === 0 ? 'Короткая заметка о участии' : '',
          moodBefore: (i + s) % 11,
          moodAfter: (i * 3 + s) % 11,
        })),
      });
      if (s % 10 === 0) {
        await call(backend, 'groupSessions:startDrawing', {
          sessionId: session.id,
          memberId: members[0]!.id,
          orientation: 'portrait',
          screen: { width: 1366, height: 768, devicePixelRatio: 1 },
        });
      }
    }
    const suite = 'groups';
    const note = `${MEMBERS} members × ${SESSIONS} sessions; target < ${TARGET_MS} ms`;
    return [
      {
        suite,
        case: 'group dashboard',
        value: await time(20, () => call(backend, 'groups:dashboard', { groupId: group.id })),
        unit: 'ms (median of 20)',
        note,
      },
      {
        suite,
        case: 'member progress',
        value: await time(20, () => call(backend, 'groups:memberProgress', { memberId: members[0]!.id })),
        unit: 'ms (median of 20)',
        note,
      },
      {
        suite,
        case: 'open group (members + sessions)',
        value: await time(20, () => call(backend, 'groups:get', { groupId: group.id })),
        unit: 'ms (median of 20)',
        note,
      },
    ];
  } finally {
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
