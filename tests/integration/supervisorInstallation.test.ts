import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES, channels } from '../../electron/contract/channels';
import { SUPERVISOR_INSTALLATION_CHANNELS } from '../../electron/contract/installationChannels';
import { type SupervisorVault, newSupervisorVault } from './fixtures/supervisorSetup';
import { type TestVault, fails, newVault, ok, setUpVault } from './helpers';

/**
 * Issue 15 §3: a supervising department's installation holds no client records — only facilities, bundles and
 * accounts — and its accounts are admins and supervisors. The gate in dispatch refuses every channel the contract's
 * list does not name, before the input is read; a facility's installation never answers the supervisor's channels.
 */
let sv: SupervisorVault | undefined;
let tv: TestVault | undefined;
afterEach(async () => {
  await sv?.dispose();
  await tv?.dispose();
  sv = undefined;
  tv = undefined;
});

const ALLOWED = new Set<string>(SUPERVISOR_INSTALLATION_CHANNELS);

/** Every property name anywhere in a schema (zod's JSON Schema of it), input or output. */
function fieldNames(schema: z.ZodType): string[] {
  const names: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'properties' && value && typeof value === 'object') names.push(...Object.keys(value));
        walk(value);
      }
    }
  };
  walk(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
  walk(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }));
  return names;
}

/** Words that name a client record or what hangs on one (fields such as clientId, assessmentId, drawingId, members …). */
const CLIENT_RECORD =
  /client|assessment|drawing|annotation|member|group|session(?!Id$)|referral|reentry|consent|draft|legalStatus|birth|fullName$|code$/i;

/**
 * Fields of the listed channels that match the words but hold no client record. vault:status says whether the screen
 * is in client mode (its target's ids) — never on a supervisor installation, where clientMode:enter is refused — and
 * names a damaged vault's problem by its error `code`.
 */
const EXEMPT: Record<string, readonly string[]> = {
  'vault:status': ['clientMode', 'drawingId', 'assessmentId', 'sessionId', 'memberId', 'code'],
};

describe('supervisor installation: the channels it answers', () => {
  it('lists only channels whose inputs and outputs hold no client record (the whole contract enumerated)', () => {
    for (const name of SUPERVISOR_INSTALLATION_CHANNELS) expect(CHANNEL_NAMES).toContain(name);
    const offenders: string[] = [];
    for (const name of SUPERVISOR_INSTALLATION_CHANNELS) {
      const def = channels[name];
      // Accounts have a person's full name (staff, not clients): the one field of that kind allowed here.
      const fields = [...fieldNames(def.input), ...fieldNames(def.output)].filter((f) => f !== 'fullName');
      const bad = fields.filter((f) => CLIENT_RECORD.test(f) && !(EXEMPT[name] ?? []).includes(f));
      if (bad.length) offenders.push(`${name}: ${[...new Set(bad)].join(', ')}`);
    }
    expect(offenders).toEqual([]);
    // And the channels left out are exactly those of the other domains: clients, assessments, drawings, groups …
    const excluded = CHANNEL_NAMES.filter((c) => !ALLOWED.has(c));
    expect(excluded).toEqual(
      expect.arrayContaining(['clients:get', 'clients:search', 'assessments:get', 'drawings:get', 'groups:get', 'trends:view']),
    );
  });

  it('refuses every other channel of the contract as SUPERVISOR_INSTALLATION, whatever the input', async () => {
    sv = await newSupervisorVault();
    const status = ok(await sv.backend.invoke('vault:status', {}));
    expect(status.signedIn?.installationKind).toBe('supervisor');
    for (const name of CHANNEL_NAMES.filter((c) => !ALLOWED.has(c))) {
      for (const input of [{}, { clientId: '0'.repeat(32) }, null]) {
        const r = await sv.backend.invoke(name, input as never);
        expect(r.ok ? 'answered' : r.error.code, name).toBe('SUPERVISOR_INSTALLATION');
      }
    }
    // The supervisor's own channels answer.
    expect(ok(await sv.backend.invoke('supervisor:identity', {})).fingerprint).toBe(sv.fingerprint);
    expect(ok(await sv.backend.invoke('supervisor:facilities', {}))).toEqual([]);
  });

  it('holds only admin and supervisor accounts', async () => {
    sv = await newSupervisorVault();
    const base = { fullName: 'Saule Abenova', language: 'kk' as const, temporaryPassword: 'Temporary-Steppe-Wind-44' };
    for (const role of ['psychologist', 'facilitator'] as const) {
      const e = fails(
        await sv.backend.invoke('accounts:create', { ...base, username: `x${role}`, roles: ['supervisor', role] }),
        'SUPERVISOR_ROLES_ONLY',
      );
      expect(e.details?.reasons).toEqual([role]);
    }
    const created = ok(await sv.backend.invoke('accounts:create', { ...base, username: 'saule', roles: ['supervisor'] }));
    fails(
      await sv.backend.invoke('accounts:update', {
        id: created.id,
        fullName: base.fullName,
        roles: ['psychologist'],
        language: 'kk',
      }),
      'SUPERVISOR_ROLES_ONLY',
    );
    ok(
      await sv.backend.invoke('accounts:update', {
        id: created.id,
        fullName: base.fullName,
        roles: ['admin', 'supervisor'],
        language: 'kk',
      }),
    );
    const roles = ok(await sv.backend.invoke('accounts:list', {})).flatMap((a) => a.roles);
    expect(new Set(roles)).toEqual(new Set(['admin', 'supervisor']));
  });

  it("a facility's installation never answers the supervisor's channels, and a vault set up before issue 15 is a facility's", async () => {
    tv = newVault();
    await setUpVault(tv);
    expect(ok(await tv.backend.invoke('vault:status', {})).signedIn?.installationKind).toBe('facility');
    // Valid inputs (a facility's installation checks roles and input first, as for any channel, then refuses).
    const inputs: Record<string, unknown> = {
      'supervisor:startImport': { previewId: '0'.repeat(32), trust: [], acceptNewKey: [] },
      'supervisor:importJob': { jobId: 'x' },
      'supervisor:cancelImport': { previewId: 'x' },
      'supervisor:trendsView': { measure: 'clientsSeen', granularity: 'year', year: 2026, by: null },
    };
    for (const name of CHANNEL_NAMES.filter((c) => c.startsWith('supervisor:'))) {
      const r = await tv.backend.invoke(name, (inputs[name] ?? {}) as never);
      expect(r.ok ? 'answered' : r.error.code, name).toBe('NOT_SUPERVISOR_INSTALLATION');
    }
    // Facility accounts keep every role.
    ok(
      await tv.backend.invoke('accounts:create', {
        fullName: 'Nurlan Sarsenbayev',
        username: 'nurlan',
        roles: ['psychologist'],
        language: 'ru',
        temporaryPassword: 'Temporary-Steppe-Wind-44',
      }),
    );
  });
});
