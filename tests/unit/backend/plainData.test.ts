import { describe, expect, it } from 'vitest';
import { copyPlainData } from '../../../electron/backend/plainData';

describe('the copy dispatch makes of every input', () => {
  it('copies JSON-shaped data, keeping "__proto__" an ordinary key', () => {
    const input = JSON.parse('{"a":[1,"x",null,true,{"b":2}],"__proto__":{"polluted":1}}') as unknown;
    const copy = copyPlainData(input);
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    expect(copy.value).not.toBe(input);
    expect(Object.getPrototypeOf(copy.value)).toBe(Object.prototype);
    expect(Object.keys(copy.value as object)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(copyPlainData({ id: undefined }).ok).toBe(true);
  });

  it('refuses whatever is not plain data, without running a getter or a trap', () => {
    let ran = false;
    const getter = Object.defineProperty({}, 'id', { enumerable: true, get: () => ((ran = true), 'x') });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = {};
    const top = deep;
    for (let i = 0; i < 100; i++) deep = deep.x = {};
    const refused: unknown[] = [
      getter,
      new Proxy({}, { ownKeys: () => ((ran = true), []) }),
      cyclic,
      top,
      NaN,
      -Infinity,
      10n,
      Symbol('s'),
      () => 1,
      new Date(0),
      new Map(),
      new Uint8Array(2),
      { [Symbol('k')]: 1 },
      new (class Thing {})(),
      Object.assign([1], { extra: Object.create({}) as unknown }),
    ];
    for (const value of refused) expect(copyPlainData(value).ok, String(value)).toBe(false);
    expect(ran).toBe(false);
  });
});
