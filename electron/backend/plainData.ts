import { types } from 'node:util';

/**
 * Every channel's input is JSON-shaped data (binary travels as base64). Electron's structured
 * clone already delivers only data, but `invokeRaw` is also reached by the test harnesses, and a
 * handler must never see a getter that throws, a Proxy, a cycle, a BigInt or a Map: zod reads such
 * values through their traps, and a service would read them again, possibly getting a different
 * answer (the value checked is not the value used). So dispatch copies the input into fresh plain
 * data first, and anything that is not plain data is refused as a whole.
 */
export type PlainData = null | boolean | number | string | undefined | PlainData[] | { [key: string]: PlainData };

/** Deeper than any channel's schema; also what stops a cyclic value. */
const MAX_DEPTH = 32;
/** Arrays and object keys in one input; the largest real input (a grid of a session) is far below. */
const MAX_NODES = 200_000;

class NotPlain extends Error {}

/** A fresh copy of `value` made only of plain data, or `ok: false` when it is not plain data. */
export function copyPlainData(value: unknown): { ok: true; value: PlainData } | { ok: false } {
  let nodes = 0;
  const copy = (v: unknown, depth: number): PlainData => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) throw new NotPlain();
    if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') {
      // NaN and ±Infinity survive structured clone but are never a valid answer, size or date.
      if (!Number.isFinite(v)) throw new NotPlain();
      return v;
    }
    if (typeof v !== 'object' || types.isProxy(v)) throw new NotPlain();
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype || v.length > MAX_NODES) throw new NotPlain();
      // Only indices (holes read as undefined): an array with named properties is not JSON.
      for (const key of Reflect.ownKeys(v))
        if (key !== 'length' && !(typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key))) throw new NotPlain();
      const out: PlainData[] = [];
      for (let i = 0; i < v.length; i++) out.push(copy(ownValue(v, String(i)), depth + 1));
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new NotPlain(); // Date, Map, typed arrays, class instances
    const out: { [key: string]: PlainData } = {};
    for (const key of Reflect.ownKeys(v)) {
      if (typeof key !== 'string') throw new NotPlain();
      // defineProperty, not assignment: an own "__proto__" key stays a key and never becomes the prototype.
      Object.defineProperty(out, key, {
        value: copy(ownValue(v, key), depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      nodes++;
    }
    return out;
  };
  try {
    return { ok: true, value: copy(value, 0) };
  } catch (error) {
    if (error instanceof NotPlain || error instanceof RangeError) return { ok: false };
    throw error;
  }
}

/** A data property's value; accessors (getters, setters) are not data. A hole reads as undefined. */
function ownValue(target: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(target, key);
  if (!d) return undefined;
  if (!('value' in d)) throw new NotPlain();
  return d.value as unknown;
}
