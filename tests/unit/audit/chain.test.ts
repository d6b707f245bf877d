import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, type StoredChainRow, chainHash, findFirstBreak } from '../../../electron/backend/audit/chain';

function chain(n: number): StoredChainRow[] {
  const rows: StoredChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let id = 1; id <= n; id++) {
    const fields = {
      id,
      at: `2026-11-25T10:00:0${id % 10}.000Z`,
      actorId: null,
      action: 'session.signIn',
      targetKind: null,
      targetId: null,
      details: '{}',
    };
    const hash = chainHash(prev, fields);
    rows.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('audit hash chain', () => {
  it('accepts an intact chain and an empty one', () => {
    expect(findFirstBreak(chain(5))).toEqual({ checked: 5, firstBrokenId: null });
    expect(findFirstBreak([])).toEqual({ checked: 0, firstBrokenId: null });
  });

  it('names an edited row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, action: 'session.signOut' };
    expect(findFirstBreak(rows).firstBrokenId).toBe(3);
  });

  it('names the row after a deleted one', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(findFirstBreak(rows).firstBrokenId).toBe(3);
  });

  it('names a row whose hash was recomputed without fixing its successor', () => {
    const rows = chain(4);
    const edited = { ...rows[1]!, details: '{"x":1}' };
    edited.hash = chainHash(edited.prevHash, edited);
    rows[1] = edited;
    expect(findFirstBreak(rows).firstBrokenId).toBe(3);
  });

  it('hashes every field', () => {
    const base = { id: 1, at: 'a', actorId: 'b', action: 'c', targetKind: 'd', targetId: 'e', details: '{}' };
    const h = chainHash(GENESIS_HASH, base);
    for (const key of Object.keys(base) as (keyof typeof base)[]) {
      const changed = { ...base, [key]: key === 'id' ? 2 : 'z' };
      expect(chainHash(GENESIS_HASH, changed), key).not.toBe(h);
    }
  });
});
