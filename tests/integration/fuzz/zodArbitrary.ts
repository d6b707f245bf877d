/**
 * Inputs for the channel fuzz (channelFuzz.test.ts): values shaped by a channel's zod schema, with
 * strings and ids drawn from a pool of real values, so that many inputs pass validation and reach
 * the handlers; and hostile values that Electron's structured clone would never deliver but
 * invokeRaw accepts. Reads zod 4's schema definitions (`_zod.def`), which is enough for the
 * contract's schemas; anything unknown becomes arbitrary JSON.
 */
import fc from 'fast-check';
import type { z } from 'zod';

/** Values the fuzz draws strings from: real ids, instrument and item ids, dates, codes. */
/** `focus`: the ids of the current client-mode target, offered as often as all other ids together. */
export type Pool = { ids: string[]; focus: string[]; strings: string[] };

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  pattern?: RegExp;
  checks?: {
    _zod: { def: { check: string; pattern?: RegExp; format?: string; value?: number; minimum?: number; maximum?: number } };
  }[];
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const ID = /^[0-9a-f]{32}$/;

function fromPattern(pattern: RegExp | undefined): fc.Arbitrary<string> | null {
  if (!pattern) return null;
  try {
    const arb = fc.stringMatching(pattern);
    fc.sample(arb, { numRuns: 1, seed: 1 });
    return arb;
  } catch {
    return null;
  }
}

function stringArbitrary(def: Def, pool: Pool): fc.Arbitrary<string> {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const pattern = def.pattern ?? checks.find((c) => c.pattern)?.pattern;
  const fromPool = fc.nat().map((i) => pool.strings[i % pool.strings.length] ?? '');
  if (pattern && ID.source === pattern.source) {
    const pick = (list: string[], i: number) => list[i % list.length] ?? '';
    return fc.oneof(
      { weight: 3, arbitrary: fc.nat().map((i) => (pool.focus.length > 0 ? pick(pool.focus, i) : pick(pool.ids, i))) },
      { weight: 3, arbitrary: fc.nat().map((i) => pick(pool.ids, i)) },
      { weight: 1, arbitrary: fc.stringMatching(ID) },
    );
  }
  const matching = fromPattern(pattern);
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 40, 300);
  const free = fc.string({ unit: 'binary', minLength: Math.min(min, max), maxLength: max });
  return matching ? fc.oneof(matching, fromPool, free) : fc.oneof(fromPool, free);
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const int = def.type === 'int' || checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  const lo = checks.find((c) => c.check === 'greater_than')?.value;
  const hi = checks.find((c) => c.check === 'less_than')?.value;
  const min = Math.max(lo ?? -1e6, -1e9);
  const max = Math.min(hi ?? 1e6, 1e9);
  const inRange = int ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
  return fc.oneof(
    { weight: 4, arbitrary: inRange },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })) },
  );
}

/** Values shaped like `schema`'s input: mostly valid, sometimes not (free strings and numbers). */
export function arbitraryFor(schema: z.ZodType, pool: Pool, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(null);
  const next = (s: z.ZodType) => arbitraryFor(s, pool, depth + 1);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, pool);
    case 'number':
    case 'int':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'optional':
      return fc.option(next(def.innerType as z.ZodType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(next(def.innerType as z.ZodType), { nil: null, freq: 3 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return next(def.innerType as z.ZodType);
    case 'pipe':
      return next(def.in as z.ZodType);
    case 'lazy':
      return next((def.getter as () => z.ZodType)());
    case 'array': {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      return fc.array(next(def.element as z.ZodType), { minLength: Math.min(min, 6), maxLength: Math.max(Math.min(min, 6), 6) });
    }
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(next));
    case 'union':
      return fc.oneof(...(def.options ?? []).map(next));
    case 'intersection':
      return fc
        .tuple(next(def.left as z.ZodType), next(def.right as z.ZodType))
        .map(([a, b]) => (typeof a === 'object' && a && typeof b === 'object' && b ? { ...a, ...b } : a));
    case 'record':
      return fc.dictionary(next(def.keyType as z.ZodType).map(String), next(def.valueType as z.ZodType), { maxKeys: 6 });
    case 'object': {
      const shape = def.shape ?? {};
      const parts: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(shape)) parts[key] = next(value);
      return fc.record(parts).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A schema-shaped value with one field removed, replaced by anything, or an unknown field added. */
export function mutated(base: fc.Arbitrary<unknown>, replacement: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.nat(), fc.nat(2), replacement).map(([value, pick, how, other]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return other;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const key = keys[pick % Math.max(keys.length, 1)];
    if (how === 0 && key !== undefined) delete copy[key];
    else if (how === 1 && key !== undefined) copy[key] = other;
    else copy[`extra${pick % 3}`] = other;
    return copy;
  });
}

class Odd {
  constructor(readonly id = '0'.repeat(32)) {}
}

/** Values structured clone would refuse or change, made fresh for each call (some are stateful). */
export const HOSTILE: readonly (() => unknown)[] = [
  () => ({
    get id(): string {
      throw new Error('getter');
    },
  }),
  () =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    ),
  () => new Proxy({ id: '0'.repeat(32) }, {}),
  () => JSON.parse('{"__proto__": {"id": "x"}, "constructor": {"prototype": {}}}') as unknown,
  () => ({ constructor: 'x', toString: 1, valueOf: null, hasOwnProperty: 2 }),
  () => 'x'.repeat(2_000_000),
  () => ({ id: 'x'.repeat(2_000_000), password: 'p'.repeat(1_000_000) }),
  () => NaN,
  () => Infinity,
  () => ({ limit: NaN, offset: -Infinity, value: NaN, moodBefore: Infinity }),
  () => 10n,
  () => ({ id: 10n }),
  () => Symbol('s'),
  () => ({ [Symbol('k')]: 1 }),
  () => () => 1,
  () => ({ id: () => '0'.repeat(32) }),
  () => {
    const o: Record<string, unknown> = {};
    o.self = o;
    o.id = o;
    return o;
  },
  () => {
    const a: unknown[] = [];
    a.push(a);
    return { rows: a, scope: a };
  },
  () => new Date(0),
  () => ({ date: new Date(0), at: new Date(NaN) }),
  () => new Map([['id', '0'.repeat(32)]]),
  () => new Set([1]),
  () => new Uint8Array(8),
  () => ({ chunk: new Uint8Array(8), pendingTail: new ArrayBuffer(4) }),
  () => new Odd(),
  () => Object.create({ id: '0'.repeat(32) }) as unknown,
  () => Object.create(null) as unknown,
  () => new Array<unknown>(3), // holes
  () => Object.assign([1, 2], { id: 'x' }),
  () => new Error('x'),
  () => /re/,
  () => Promise.resolve({}),
  () => new String('x'),
  () => ({ then: () => undefined }),
  () => Object.freeze({ id: '0'.repeat(32) }),
  () => {
    let depth: Record<string, unknown> = {};
    const top = depth;
    for (let i = 0; i < 10_000; i++) depth = depth.x = {} as Record<string, unknown>;
    return top;
  },
];
