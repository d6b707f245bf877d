import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PublishedCell, recoverableHiddenCells, suppress } from '../../../electron/backend/services/trends/disclosure';
import { ExactnessOverflow, exactly } from '../../../electron/backend/services/trends/disclosure/exactInt';
import { linkedSet, randomRecords } from './disclosureFixtures';

/** A 2×2 table with its margins, over four microcells (one per interior cell). */
function twoByTwo(a: number, b: number, c: number, d: number): PublishedCell[] {
  return [
    { id: 'a', value: a, microcells: [0] },
    { id: 'b', value: b, microcells: [1] },
    { id: 'c', value: c, microcells: [2] },
    { id: 'd', value: d, microcells: [3] },
    { id: 'row1', value: a + b, microcells: [0, 1] },
    { id: 'row2', value: c + d, microcells: [2, 3] },
    { id: 'col1', value: a + c, microcells: [0, 2] },
    { id: 'col2', value: b + d, microcells: [1, 3] },
    { id: 'total', value: a + b + c + d, microcells: [0, 1, 2, 3] },
  ].map((cell) => ({ ...cell, microcells: cell.microcells.filter((m) => [a, b, c, d][m]! > 0) }));
}

describe('exact audit', () => {
  it('finds a lone hidden cell of a table with margins recoverable, and a hidden rectangle not', () => {
    const cells = twoByTwo(2, 30, 40, 50);
    expect(recoverableHiddenCells(cells, new Set(['a']))).toEqual(['a']);
    expect(recoverableHiddenCells(cells, new Set(['a', 'b']))).toEqual(['a', 'b']); // col1 and col2 still give them
    expect(recoverableHiddenCells(cells, new Set(['a', 'b', 'c', 'd']))).toEqual([]);
  });

  it('sees through a hierarchy: a month is its quarter minus the other months', () => {
    const months = [7, 2, 9].map((v, i) => ({ id: `m${i + 1}`, value: v, microcells: [i] }));
    const cells = [...months, { id: 'q1', value: 18, microcells: [0, 1, 2] }];
    expect(recoverableHiddenCells(cells, new Set(['m2']))).toEqual(['m2']);
    expect(recoverableHiddenCells(cells, new Set(['m2', 'm3']))).toEqual([]);
  });

  it('treats a published zero as known, so a hidden zero is always recoverable', () => {
    const cells: PublishedCell[] = [
      { id: 'zero', value: 0, microcells: [0] },
      { id: 'x', value: 3, microcells: [0, 1] },
      { id: 'y', value: 4, microcells: [2] },
    ];
    expect(recoverableHiddenCells(cells, new Set(['zero']))).toEqual(['zero']);
    expect(recoverableHiddenCells(cells, new Set(['x', 'y']))).toEqual([]);
  });

  it('refuses cells that cannot come from real data', () => {
    expect(() => recoverableHiddenCells([{ id: 'a', value: 1, microcells: [] }], new Set())).toThrow();
    expect(() => recoverableHiddenCells([{ id: 'a', value: -1, microcells: [0] }], new Set())).toThrow();
    const twice = [
      { id: 'a', value: 1, microcells: [0] },
      { id: 'a', value: 2, microcells: [1] },
    ];
    expect(() => recoverableHiddenCells(twice, new Set())).toThrow();
    expect(() => recoverableHiddenCells([{ id: 'a', value: 1, microcells: [0] }], new Set(['nope']))).toThrow();
  });

  it('agrees with a brute-force search on small tables', () => {
    // Up to five microcells: the kernel of the published equations has a basis (Cramer's rule) whose entries are
    // minors of at most 4×4 of a 0/1 matrix, at most 3 in absolute value (OEIS A003432: 1, 1, 2, 3, 5, …). So a hidden
    // cell is protected iff some integer vector in [−3, 3]^m leaves every published cell unchanged and moves it.
    const small = fc.record({
      m: fc.integer({ min: 1, max: 5 }),
      counts: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }),
      subsets: fc.array(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 9 }),
      hiddenMask: fc.integer({ min: 0, max: 511 }),
    });
    fc.assert(
      fc.property(small, ({ m, counts, subsets, hiddenMask }) => {
        const cells: PublishedCell[] = subsets.map((mask, i) => {
          const microcells = [...Array(m).keys()].filter((j) => (mask >> j) & 1);
          return { id: `c${i}`, value: microcells.reduce((s, j) => s + counts[j]!, 0), microcells };
        });
        const hidden = new Set(cells.filter((_, i) => (hiddenMask >> i) & 1).map((c) => c.id));
        const consistent = cells.every((c) => c.value === 0 || c.microcells.some((j) => !knownEmpty(cells).has(j)));
        fc.pre(consistent);
        expect(recoverableHiddenCells(cells, hidden)).toEqual(bruteForceRecoverable(cells, hidden, m));
      }),
      { numRuns: 400, seed: 14 },
    );
  });

  it('agrees with a dense rational elimination over the microcells on random hidden sets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.double({ min: 0.02, max: 0.5 }),
        (n, seed, share) => {
          const cells = linkedSet(randomRecords(n, [3, 2], seed), [3, 2]);
          let s = seed;
          const hidden = new Set(
            cells.filter(() => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648 < share).map((c) => c.id),
          );
          expect(recoverableHiddenCells(cells, hidden)).toEqual(denseRecoverable(cells, hidden));
        },
      ),
      { numRuns: 60, seed: 41 },
    );
  });
});

describe('suppression', () => {
  it('hides a rectangle around a small cell of a two-way table', () => {
    const result = suppress(twoByTwo(2, 30, 40, 50), 5);
    expect([...result.primary]).toEqual(['a']);
    expect([...result.complementary].sort()).toEqual(['b', 'c', 'd']);
  });

  it('leaves a table with no small count untouched', () => {
    const result = suppress(twoByTwo(12, 30, 40, 50), 11);
    expect(result.hidden.size).toBe(0);
  });

  it('on random month/quarter/year tables with many zeros, leaves nothing recoverable (k from 3 to 11)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 3, max: 11 }),
        fc.constantFrom([2], [3, 2], [4, 3, 2], [5]),
        (n, seed, k, dims) => {
          const cells = linkedSet(randomRecords(n, dims, seed), dims);
          const { hidden, primary, complementary } = suppress(cells, k);
          for (const cell of cells) {
            expect(primary.has(cell.id)).toBe(cell.value >= 1 && cell.value <= k - 1);
            if (cell.value === 0) expect(hidden.has(cell.id)).toBe(false);
          }
          for (const id of complementary) expect(primary.has(id)).toBe(false);
          expect(hidden.size).toBe(primary.size + complementary.size);
          expect(recoverableHiddenCells(cells, hidden)).toEqual([]);
          expect(denseRecoverable(cells, hidden)).toEqual([]);
        },
      ),
      { numRuns: 60, seed: 2026 },
    );
  });

  it('is deterministic', () => {
    const cells = linkedSet(randomRecords(200, [4, 3], 9), [4, 3]);
    expect([...suppress(cells, 5).hidden].sort()).toEqual([...suppress(cells, 5).hidden].sort());
  });
});

describe('exact arithmetic', () => {
  it('redoes a computation in BigInt when a number would leave the safe-integer range', () => {
    const result = exactly((ring) =>
      String(ring.mulSub(ring.fromInt(2 ** 40), ring.fromInt(2 ** 20), ring.fromInt(3), ring.fromInt(1))),
    );
    expect(result).toBe((2n ** 60n - 3n).toString());
    expect(() =>
      exactly(() => {
        throw new ExactnessOverflow();
      }),
    ).toThrow(ExactnessOverflow);
  });
});

// ---- independent reference implementations ---------------------------------------------------------------------

function knownEmpty(cells: readonly PublishedCell[]): Set<number> {
  return new Set(cells.filter((c) => c.value === 0).flatMap((c) => [...c.microcells]));
}

function bruteForceRecoverable(cells: readonly PublishedCell[], hidden: ReadonlySet<string>, m: number): string[] {
  const zero = knownEmpty(cells);
  const vars = [...Array(m).keys()].filter((j) => !zero.has(j));
  const vec = (c: PublishedCell): number[] => vars.map((j) => (c.microcells.includes(j) ? 1 : 0));
  const published = cells.filter((c) => !hidden.has(c.id)).map(vec);
  const moves: number[][] = [];
  const z = new Array<number>(vars.length).fill(-3);
  for (;;) {
    if (published.every((p) => p.reduce((s, v, i) => s + v * z[i]!, 0) === 0)) moves.push([...z]);
    let i = 0;
    while (i < z.length && z[i] === 3) z[i++] = -3;
    if (i === z.length) break;
    z[i]!++;
  }
  return cells
    .filter((c) => hidden.has(c.id))
    .filter((c) => !moves.some((mv) => vec(c).reduce((s, v, i) => s + v * mv[i]!, 0) !== 0))
    .map((c) => c.id);
}

/** Rank over Q of 0/1 rows, by fraction-free elimination in BigInt (dense). */
function rank(rows: readonly (readonly number[])[]): number {
  const a = rows.map((r) => r.map(BigInt));
  let r = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && r < a.length; c++) {
    const p = a.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [a[r], a[p]] = [a[p]!, a[r]!];
    for (let i = 0; i < a.length; i++) {
      if (i === r || a[i]![c] === 0n) continue;
      const f = a[i]![c]!;
      const g = a[r]![c]!;
      a[i] = a[i]!.map((v, j) => v * g - a[r]![j]! * f);
    }
    r++;
  }
  return r;
}

/** Recoverable iff adding the hidden cell's vector to the published ones does not raise the rank. */
function denseRecoverable(cells: readonly PublishedCell[], hidden: ReadonlySet<string>): string[] {
  const zero = knownEmpty(cells);
  const vars = [...new Set(cells.flatMap((c) => [...c.microcells]))].filter((j) => !zero.has(j));
  const vec = (c: PublishedCell): number[] => vars.map((j) => (c.microcells.includes(j) ? 1 : 0));
  const published = cells.filter((c) => !hidden.has(c.id)).map(vec);
  const base = rank(published);
  return cells.filter((c) => hidden.has(c.id) && rank([...published, vec(c)]) === base).map((c) => c.id);
}
