// Issue 12, item 2: after an unlock by the same person, back to the same place; only positions and
// ids outlive the lock, never record content or typed search text; anyone else starts at Home.
import { afterEach, describe, expect, it } from 'vitest';
import { keptAcrossLock } from '../../../renderer/features/shell/areaState';
import { attachShell, capturePlace, forgetPlace, placeFor } from '../../../renderer/features/shell/place';

afterEach(() => forgetPlace());

const store = new Map<string, unknown>([
  ['clients:view', { kind: 'assessment', clientId: 'c1', assessmentId: 'a1' }],
  ['clients:filters', { query: 'Омаров', unit: 'Отряд 3', legalStatus: 'all', consent: 'all', offset: 25 }],
  ['assessment:a1:step', 'conclusion'],
  ['assessment:a1:language', 'kk'],
  ['groupsArea:view', { kind: 'session', groupId: 'g1', sessionId: 's1' }],
  ['groupsArea:drafts:s1', { note: 'Участник рассказал о конфликте' }],
  ['groupsArea:calendarMonth', '2026-03'],
  ['someFutureArea:typedText', 'anything'],
]);

describe('what outlives a lock', () => {
  it('keeps the positions and ids and drops record content and typed search text', () => {
    const kept = new Map(keptAcrossLock(store));
    expect(kept.get('clients:view')).toEqual({ kind: 'assessment', clientId: 'c1', assessmentId: 'a1' });
    expect(kept.get('assessment:a1:step')).toBe('conclusion');
    expect(kept.get('groupsArea:view')).toEqual({ kind: 'session', groupId: 'g1', sessionId: 's1' });
    expect(kept.get('clients:filters')).toEqual({ query: '', unit: 'Отряд 3', legalStatus: 'all', consent: 'all', offset: 0 });
    expect(kept.has('groupsArea:drafts:s1')).toBe(false);
    // An entry nobody listed is forgotten rather than kept by accident.
    expect(kept.has('someFutureArea:typedText')).toBe(false);
    expect(JSON.stringify([...kept])).not.toMatch(/Омаров|конфликте/);
  });
});

describe('the place after unlock', () => {
  const shell = (accountId: string) =>
    attachShell(() => ({ accountId, route: 'clients', area: keptAcrossLock(store), scrollY: 640 }));

  it('returns the same person to the place captured at the lock', () => {
    const detach = shell('psychologist-1');
    capturePlace();
    detach();
    expect(placeFor('psychologist-1')).toMatchObject({ route: 'clients', scrollY: 640 });
  });

  it('forgets the place when someone else signs in', () => {
    const detach = shell('psychologist-1');
    capturePlace();
    detach();
    expect(placeFor('admin-2')).toBeNull();
    expect(placeFor('psychologist-1')).toBeNull();
  });

  it('forgets the place at sign-out', () => {
    const detach = shell('psychologist-1');
    capturePlace();
    detach();
    forgetPlace();
    expect(placeFor('psychologist-1')).toBeNull();
  });

  it('keeps the captured place when the lock is noticed after the shell is gone', () => {
    const detach = shell('psychologist-1');
    capturePlace();
    detach();
    capturePlace();
    expect(placeFor('psychologist-1')).not.toBeNull();
  });
});
