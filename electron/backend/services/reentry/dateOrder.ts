import { AppFailure } from '../../../contract/errors';

/**
 * The one date rule that spans the profile and the re-entry plan: a release cannot come before the sentence
 * started. Checked on both sides (a plan's release date saved, a profile's sentence start changed), so the
 * record never says both; the message names the field that was being saved.
 */
export function checkReleaseAfterSentenceStart(
  sentenceStart: string | null | undefined,
  releaseDate: string | null | undefined,
  field: 'releaseDate' | 'sentenceStart',
): void {
  if (!sentenceStart || !releaseDate || releaseDate >= sentenceStart) return;
  throw new AppFailure('VALIDATION', 'the release is before the sentence started', {
    issues: [{ path: field, message: 'the release date is before the start of the sentence' }],
  });
}
