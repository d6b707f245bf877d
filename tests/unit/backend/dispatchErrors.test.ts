import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/backend/dispatch';
import type { Handlers } from '../../../electron/backend/services/handlerMap';
import type { PublicContext } from '../../../electron/backend/services/context';

/** A signed-out context: enough for a public channel, which is all these tests call. */
const ctx = { vault: { currentSignIn: () => null, touch: () => undefined }, emit: () => undefined } as unknown as PublicContext;

/** The handlers with vault:status replaced by one that throws what a lower layer threw. */
function throwing(error: unknown): Handlers {
  return {
    'vault:status': () => {
      throw error;
    },
  } as unknown as Handlers;
}

function sqliteError(code: string): Error {
  return Object.assign(new Error('database disk image is malformed: page 7 of a client named …'), { name: 'SqliteError', code });
}

describe('dispatch: what a failure below a handler becomes', () => {
  it.each(['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB'])(
    'answers DATABASE_DAMAGED for %s, and logs no message text',
    async (code) => {
      const lines: string[] = [];
      const result = await dispatch(ctx, throwing(sqliteError(code)), 'vault:status', {}, (l) => lines.push(l));
      expect(result).toEqual({ ok: false, error: { code: 'DATABASE_DAMAGED', message: 'the database file is damaged' } });
      expect(lines.join('\n')).not.toMatch(/client|page 7/);
    },
  );

  it('answers INTERNAL for any other unexpected error', async () => {
    const result = await dispatch(ctx, throwing(sqliteError('SQLITE_BUSY')), 'vault:status', {}, () => undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'internal error' } });
  });
});
