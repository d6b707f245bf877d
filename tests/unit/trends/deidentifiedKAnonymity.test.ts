import { describe, expect, it } from 'vitest';
import { type QuasiIdentifiers, WITHHELD, anonymise } from '../../../electron/backend/services/trends/deidentified/kAnonymity';
import { toCsv } from '../../../electron/backend/services/trends/deidentified/csv';

const q = (ageBand: string, unit: string, language = 'ru', sex = 'male'): QuasiIdentifiers => ({
  ageBand,
  sex,
  unit,
  legalStatus: 'pre-trial-detention',
  language,
});

describe('k-anonymity of the de-identified export', () => {
  it('leaves classes of k people alone, and counts people, not rows', () => {
    const people = ['a', 'b', 'c', 'a', 'a'];
    const qis = people.map(() => q('25-34', 'U1'));
    expect(anonymise(people, qis, 3).records.every((r) => !r.generalised && !r.suppressed)).toBe(true);
    // Five rows, but only three people: with k = 4 the class is too small, and nothing coarser can help.
    const four = anonymise(people, qis, 4);
    expect(four.records.every((r) => r.suppressed)).toBe(true);
    expect(four.unitsMerged).toBe(1);
  });

  it('coarsens the age band first, then withholds, and never names a unit with fewer than k clients', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f'];
    const qis = [q('18-24', 'U1'), q('18-24', 'U1'), q('25-34', 'U1'), q('25-34', 'U1'), q('25-34', 'U1'), q('45-54', 'U2')];
    const { records, unitsMerged } = anonymise(people, qis, 3);
    expect(unitsMerged).toBe(1);
    expect(records.slice(2, 5).map((r) => r.generalised)).toEqual([false, false, false]);
    // The two 18-24s and the one from the small unit climb the ladder until, with unit withheld, they are three.
    for (const i of [0, 1, 5]) {
      expect(records[i]).toMatchObject({ generalised: true, suppressed: false });
      expect(records[i]!.qi).toMatchObject({ ageBand: WITHHELD, unit: WITHHELD, language: WITHHELD, sex: 'male' });
    }
    const published = records.filter((r) => !r.suppressed);
    const classes = new Map<string, Set<string>>();
    published.forEach((r) => {
      const i = records.indexOf(r);
      const key = JSON.stringify(r.qi);
      classes.set(key, (classes.get(key) ?? new Set()).add(people[i]!));
    });
    for (const set of classes.values()) expect(set.size).toBeGreaterThanOrEqual(3);
  });

  it('merges small classes on the way up the ladder when together they reach k', () => {
    const people = ['a', 'b', 'c', 'd'];
    const qis = [q('18-24', 'U1', 'kk'), q('25-34', 'U1', 'ru'), q('35-44', 'U1', 'ru'), q('45-54', 'U1', 'en')];
    const { records } = anonymise(people, qis, 4);
    expect(records.every((r) => !r.suppressed && r.generalised)).toBe(true);
    expect(new Set(records.map((r) => JSON.stringify(r.qi))).size).toBe(1);
    expect(records[0]!.qi).toMatchObject({
      ageBand: WITHHELD,
      language: WITHHELD,
      legalStatus: WITHHELD,
      unit: 'U1',
      sex: 'male',
    });
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and starts with a byte-order mark', () => {
    const text = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        [null, 3],
      ],
    ).toString('utf8');
    expect(text).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,3\r\n');
  });
});
