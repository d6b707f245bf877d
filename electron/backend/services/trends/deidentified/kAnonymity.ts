/**
 * k-anonymity of the de-identified export's quasi-identifiers (issue 14 §3), by local recoding: records in classes
 * of fewer than k people climb a fixed ladder of coarser forms, one step at a time, and whatever is still in a class
 * of fewer than k people at the top of the ladder is left out. Pure code.
 *
 * A class is counted in distinct people, not rows: five rows of one person are one person (Sweeney 2002, "k-anonymity:
 * a model for protecting privacy", defines k over the individuals a released record could belong to).
 */

/** The quasi-identifiers the issue names. null = not recorded; '*' = withheld. */
export type QuasiIdentifiers = {
  ageBand: string | null;
  sex: string | null;
  unit: string | null;
  legalStatus: string | null;
  language: string | null;
};

/** Written for a value withheld to reach k (a unit with fewer than k clients, or a step of the ladder). */
export const WITHHELD = '*';

const COARSE_AGE: Readonly<Record<string, string>> = { '18-24': '18-34', '25-34': '18-34', '35-44': '35-54', '45-54': '35-54' };

/**
 * The ladder, from the least to the most information lost. Age first coarsened then withheld; the attributes with the
 * fewest people per value (language, legal status) are withheld before those analysts need most (unit, sex).
 */
const LADDER: readonly ((q: QuasiIdentifiers) => QuasiIdentifiers)[] = [
  (q) => q,
  (q) => ({ ...q, ageBand: q.ageBand === null ? null : (COARSE_AGE[q.ageBand] ?? q.ageBand) }),
  (q) => ({ ...LADDER[1]!(q), language: WITHHELD }),
  (q) => ({ ...LADDER[2]!(q), legalStatus: WITHHELD }),
  (q) => ({ ...LADDER[3]!(q), ageBand: WITHHELD }),
  (q) => ({ ...LADDER[4]!(q), unit: WITHHELD }),
  (q) => ({ ...LADDER[5]!(q), sex: WITHHELD }),
];

export type AnonymisedRecord = { qi: QuasiIdentifiers; generalised: boolean; suppressed: boolean };

export type Anonymisation = { records: AnonymisedRecord[]; unitsMerged: number };

const keyOf = (q: QuasiIdentifiers) => JSON.stringify([q.ageBand, q.sex, q.unit, q.legalStatus, q.language]);

function smallClasses(people: readonly string[], qis: readonly QuasiIdentifiers[], k: number): Set<string> {
  const byClass = new Map<string, Set<string>>();
  qis.forEach((q, i) => {
    const key = keyOf(q);
    const set = byClass.get(key) ?? new Set<string>();
    set.add(people[i]!);
    byClass.set(key, set);
  });
  return new Set([...byClass].filter(([, set]) => set.size < k).map(([key]) => key));
}

/** Makes the records k-anonymous on their quasi-identifiers; `people[i]` is who record i is about. */
export function anonymise(people: readonly string[], original: readonly QuasiIdentifiers[], k: number): Anonymisation {
  // Units with fewer than k clients in the export are never named (issue 14 §3), whatever the other attributes.
  const unitPeople = new Map<string, Set<string>>();
  original.forEach((q, i) => {
    if (q.unit === null) return;
    const set = unitPeople.get(q.unit) ?? new Set<string>();
    set.add(people[i]!);
    unitPeople.set(q.unit, set);
  });
  const smallUnits = new Set([...unitPeople].filter(([, set]) => set.size < k).map(([unit]) => unit));
  const base = original.map((q) => (q.unit !== null && smallUnits.has(q.unit) ? { ...q, unit: WITHHELD } : q));

  const level = base.map(() => 0);
  let current = base.slice();
  for (let step = 1; step < LADDER.length; step++) {
    const small = smallClasses(people, current, k);
    if (small.size === 0) break;
    current = current.map((q, i) => {
      if (!small.has(keyOf(q))) return q;
      level[i] = step;
      return LADDER[step]!(base[i]!);
    });
  }
  const stillSmall = smallClasses(people, current, k);
  return {
    records: current.map((qi, i) => ({
      qi,
      generalised: level[i]! > 0 || base[i] !== original[i],
      suppressed: stillSmall.has(keyOf(qi)),
    })),
    unitsMerged: smallUnits.size,
  };
}
