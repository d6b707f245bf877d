import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../electron/contract/errors';
import { settle, viewOf } from '../../../renderer/hooks/loadState';

const first = {};
const second = {};
const failure = { code: 'INTERNAL' } as AppError;

describe('what a screen shows while it loads', () => {
  it('shows loading until the current request answers', () => {
    expect(viewOf(null, first, 0)).toEqual({ value: null, error: null, loading: true });
    const answered = settle(null, first, 0, { ok: true, value: 'a' });
    expect(viewOf(answered, first, 0)).toEqual({ value: 'a', error: null, loading: false });
  });

  it('keeps the old value on screen while a newer request is under way, but says it is loading', () => {
    const answered = settle(null, first, 0, { ok: true, value: 'a' });
    expect(viewOf(answered, first, 1)).toMatchObject({ value: 'a', loading: true });
    expect(viewOf(answered, second, 0)).toMatchObject({ value: 'a', loading: true });
  });

  it('keeps the old value after a failed reload, with the error, and clears the error on the next success', () => {
    const answered = settle(null, first, 0, { ok: true, value: 'a' });
    const failed = settle(answered, first, 1, { ok: false, error: failure });
    expect(viewOf(failed, first, 1)).toEqual({ value: 'a', error: failure, loading: false });
    expect(viewOf(settle(failed, first, 2, { ok: true, value: 'b' }), first, 2)).toEqual({
      value: 'b',
      error: null,
      loading: false,
    });
  });
});
