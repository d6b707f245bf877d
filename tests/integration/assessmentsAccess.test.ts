import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../electron/contract/channels';
import { addClient } from './fixtures/clientSetup';
import { CONCLUSION, createDraft, signedHtp, signedPhq9 } from './fixtures/assessmentSetup';
import { PSYCHOLOGIST_PASSWORD, addAccount, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let clientId: string;
const invoke: TestVault['backend']['invoke'] = (channel, input) => tv.backend.invoke(channel, input);
const ASSESSMENT_CHANNELS = CHANNEL_NAMES.filter((c) => c.startsWith('assessments:'));
const OTHER_PASSWORD = 'Second-Psychologist-Aral-55';

beforeEach(async () => {
  tv = newVault();
  await setUpWithPsychologist(tv.backend);
  clientId = (await addClient(invoke)).id;
});
afterEach(async () => tv?.dispose());

describe('who may do what with assessments', () => {
  it('lets an admin view assessments but not start, change or sign them', async () => {
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    const draft = await createDraft(invoke, clientId, 'phq9');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    expect(ok(await invoke('assessments:get', { id: signed.id })).id).toBe(signed.id);
    expect(ok(await invoke('assessments:listForClient', { clientId })).map((a) => a.id)).toEqual([draft.id, signed.id]);
    fails(await invoke('assessments:create', { clientId, instrumentId: 'htp' }), 'FORBIDDEN');
    fails(await invoke('assessments:saveDraft', { id: draft.id, conclusion: 'x' }), 'FORBIDDEN');
    fails(await invoke('assessments:sign', { id: draft.id, password: ADMIN.password }), 'FORBIDDEN');
    fails(await invoke('assessments:addAddendum', { id: signed.id, text: 'x', password: ADMIN.password }), 'FORBIDDEN');
  });

  it('refuses every assessment channel to facilitators and supervisors', async () => {
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'facilitator', ['facilitator'], 'Group-Leader-Steppe-Wind-1');
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'supervisor', ['supervisor'], 'Oversight-Lake-Balkhash-2');
    for (const [username, password] of [
      ['facilitator', 'Group-Leader-Steppe-Wind-1'],
      ['supervisor', 'Oversight-Lake-Balkhash-2'],
    ]) {
      await signInAs(tv.backend, username!, password!);
      for (const channel of ASSESSMENT_CHANNELS) {
        const input = channel === 'assessments:listForClient' ? { clientId } : { id: signed.id };
        fails(await tv.backend.invokeRaw(channel, input), 'FORBIDDEN');
      }
    }
  });

  it('keeps a draft to its author; colleagues view it, and add addenda once it is signed', async () => {
    const draft = await createDraft(invoke, clientId, 'phq9');
    const signed = await signedPhq9(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    await addAccount(tv.backend, 'colleague', ['psychologist', 'admin'], OTHER_PASSWORD);
    ok(await invoke('assessments:get', { id: draft.id }));
    const refusals = [
      fails(await invoke('assessments:saveDraft', { id: draft.id, conclusion: 'mine now' }), 'FORBIDDEN'),
      fails(await invoke('assessments:sign', { id: draft.id, password: OTHER_PASSWORD }), 'FORBIDDEN'),
      fails(await invoke('assessments:discard', { id: draft.id }), 'FORBIDDEN'),
      fails(await invoke('clientMode:enter', { kind: 'questionnaire', assessmentId: draft.id, language: 'kk' }), 'FORBIDDEN'),
    ];
    for (const refused of refusals) expect(refused.details?.reasons).toEqual(['notAuthor']);
    const corrected = ok(
      await invoke('assessments:addAddendum', { id: signed.id, text: 'Seen at follow-up.', password: OTHER_PASSWORD }),
    );
    expect(corrected.addenda.map((a) => a.by.fullName)).toEqual(['Test colleague']);
    expect(corrected.signature?.by.fullName).toBe('Test nurlan');
  });
});

describe('the audit log', () => {
  it('records every view, change, signature and addendum of an assessment, never its content', async () => {
    const client = ok(await invoke('clients:get', { clientId }));
    const signed = await signedHtp(invoke, clientId, PSYCHOLOGIST_PASSWORD);
    fails(
      await invoke('assessments:addAddendum', { id: signed.id, text: 'Addendum text', password: 'wrong-password' }),
      'INVALID_CREDENTIALS',
    );
    tv.clock.t += 10_000;
    ok(await invoke('assessments:addAddendum', { id: signed.id, text: 'Addendum text', password: PSYCHOLOGIST_PASSWORD }));
    ok(await invoke('assessments:get', { id: signed.id }));
    ok(await invoke('assessments:listForClient', { clientId }));
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    ok(await invoke('assessments:get', { id: signed.id }));

    const { entries } = ok(await invoke('audit:list', { limit: 500, offset: 0 }));
    const rows = entries.filter((e) => e.action.startsWith('assessment.')).reverse();
    expect(rows.map((e) => [e.action, e.actorUsername])).toEqual([
      ['assessment.created', PSYCHOLOGIST.username],
      ['assessment.drawingStarted', PSYCHOLOGIST.username],
      ['assessment.drawingStarted', PSYCHOLOGIST.username],
      ['assessment.drawingStarted', PSYCHOLOGIST.username],
      ['assessment.viewed', PSYCHOLOGIST.username],
      ['assessment.draftSaved', PSYCHOLOGIST.username],
      ['assessment.signed', PSYCHOLOGIST.username],
      ['assessment.signFailed', PSYCHOLOGIST.username],
      ['assessment.addendumAdded', PSYCHOLOGIST.username],
      ['assessment.viewed', PSYCHOLOGIST.username],
      ['assessment.listed', PSYCHOLOGIST.username],
      ['assessment.viewed', ADMIN.username],
    ]);
    for (const row of rows) {
      expect(row.targetId === signed.id || (row.action === 'assessment.listed' && row.targetId === clientId)).toBe(true);
    }
    expect(rows.find((r) => r.action === 'assessment.draftSaved')?.details).toEqual({
      fields: ['form', 'inquiry', 'conclusion', 'recommendations', 'referrals'],
    });
    const details = JSON.stringify(entries.map((e) => e.details));
    for (const content of [
      CONCLUSION,
      'Addendum text',
      'Answer 1 about the house',
      client.code,
      'Vocational training',
      'employment-centre',
    ]) {
      expect(details).not.toContain(content);
    }
  });
});
