import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEvents } from '../../assessments/drawing/encoding';
import { quantizeStroke } from '../../assessments/drawing/quantize';
import { line } from '../unit/drawing/builders';
import { PSYCHOLOGIST_PASSWORD, SCREEN, b64, fromB64, setUpWithPsychologist, signInAs } from './fixtures/drawingSetup';
import { ADMIN, PSYCHOLOGIST, type TestVault, fails, newVault, ok } from './helpers';

let tv: TestVault;
let id: string;
beforeEach(async () => {
  tv = newVault();
  await setUpWithPsychologist(tv.backend);
  id = ok(
    await tv.backend.invoke('drawings:create', {
      orientation: 'landscape',
      instrumentId: 'freeDrawing',
      screen: SCREEN,
      practice: true,
    }),
  ).id;
});
afterEach(async () => tv?.dispose());

const done = line(100, 100, 800, 600, { t0: 400, durationMs: 300, points: 30 });
/** A long stroke, cut by the crash: the tail holds its points up to the last flush. */
const longStroke = line(800, 600, 2500, 1800, { t0: 1000, durationMs: 3000, points: 200 });
const cut = { ...longStroke, points: longStroke.points.slice(0, 120) };
const cutEnd = Math.round(cut.points.at(-1)!.t);

/** The app dies after a flush: a restart without signing out, then the psychologist signs in again. */
async function crashAndSignIn(downMs: number): Promise<void> {
  ok(await tv.backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([done])), pendingTail: b64(encodeEvents([cut])) }));
  tv.clock.t += downMs;
  await tv.restart();
  ok(await tv.backend.invoke('auth:signIn', { username: PSYCHOLOGIST.username, password: PSYCHOLOGIST_PASSWORD }));
}

describe('resuming a drawing after a crash', () => {
  it('offers the unfinished drawing, and takes no strokes until it is resumed', async () => {
    await crashAndSignIn(5 * 60_000);
    const [unfinished, ...others] = ok(await tv.backend.invoke('drawings:listUnfinished', {}));
    expect(others).toEqual([]);
    expect(unfinished).toMatchObject({
      id,
      status: 'in-progress',
      eventCount: 1,
      hasPendingTail: true,
      instrumentId: 'freeDrawing',
    });
    const next = line(0, 0, 10, 10, { t0: 400_000 });
    fails(
      await tv.backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([next])), pendingTail: null }),
      'DRAWING_INTERRUPTED',
    );
    fails(await tv.backend.invoke('drawings:finish', { id, finishedT: 500_000 }), 'DRAWING_INTERRUPTED');
  });

  it('records the cut stroke, then a gap from its end lasting until the resumption', async () => {
    await crashAndSignIn(5 * 60_000);
    const resumed = ok(await tv.backend.invoke('drawings:resume', { id }));
    expect(resumed.gap).toEqual({ t: cutEnd, durationMs: 5 * 60_000 });
    expect(resumed.resumeAtT).toBe(cutEnd + 5 * 60_000);
    expect(resumed).toMatchObject({ eventCount: 3, hasPendingTail: false, status: 'in-progress' });
    const events = fromB64(resumed.bytes).events;
    expect(events).toEqual([quantizeStroke(done), quantizeStroke(cut), { kind: 'gap', t: cutEnd, durationMs: 5 * 60_000 }]);
    expect(fromB64(ok(await tv.backend.invoke('drawings:get', { id })).bytes).events).toEqual(events);

    // Drawing continues on the same clock: nothing may start inside the gap.
    const inGap = line(0, 0, 10, 10, { t0: resumed.resumeAtT - 1 });
    fails(
      await tv.backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([inGap])), pendingTail: null }),
      'INVALID_DRAWING',
    );
    const after = line(0, 0, 10, 10, { t0: resumed.resumeAtT + 250 });
    expect(
      ok(await tv.backend.invoke('drawings:append', { id, chunk: b64(encodeEvents([after])), pendingTail: null })).eventCount,
    ).toBe(4);
    ok(await tv.backend.invoke('drawings:finish', { id, finishedT: resumed.resumeAtT + 2000 }));
  });

  it('takes the drawing time to continue at from the renderer when it gives one', async () => {
    await crashAndSignIn(60_000);
    fails(await tv.backend.invoke('drawings:resume', { id, resumedAtT: cutEnd - 1 }), 'INVALID_DRAWING');
    const resumed = ok(await tv.backend.invoke('drawings:resume', { id, resumedAtT: cutEnd + 42 }));
    expect(resumed.gap).toEqual({ t: cutEnd, durationMs: 42 });
  });

  it('audits the resumption with the length of the gap', async () => {
    await crashAndSignIn(7_000);
    ok(await tv.backend.invoke('drawings:resume', { id }));
    await signInAs(tv.backend, ADMIN.username, ADMIN.password);
    const { entries } = ok(await tv.backend.invoke('audit:list', { action: 'drawing.resumed', limit: 10, offset: 0 }));
    expect(entries.map((e) => [e.targetId, e.actorUsername, e.details])).toEqual([[id, PSYCHOLOGIST.username, { gapMs: 7_000 }]]);
  });
});
