import { expect } from 'vitest';
import type { PaperMimeType } from '../../../assessments/drawing/paper';
import { type CheckedImage, type ImageRules, checkImage } from '../../../electron/backend/images/imageCheck';
import { AppFailure } from '../../../electron/contract/errors';

/** Rules that accept any size: these tests are about structure. */
export const ANY_SIZE: ImageRules = { maxBytes: 64 * 1024 * 1024, dimensions: () => null };

export const check = (bytes: Buffer, mime: PaperMimeType, rules: ImageRules = ANY_SIZE): Promise<CheckedImage> =>
  checkImage(bytes, mime, rules);

/** The code and reason a check refuses with. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    const failure = error as AppFailure;
    return `${failure.code} ${failure.details?.reasons?.join(',') ?? ''}`;
  }
  throw new Error('expected a refusal');
}
