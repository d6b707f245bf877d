import type { ImageRejectionReason } from '../../contract/paperChannels';
import { AppFailure } from '../../contract/errors';

/** Too many bytes or pixels is IMAGE_TOO_LARGE (the UI suggests a smaller scan); everything else is INVALID_IMAGE. */
const TOO_LARGE: ReadonlySet<ImageRejectionReason> = new Set(['bytes', 'dimensions']);

/**
 * The typed refusal of a picture, with one reason code. The message names the rule only, never
 * bytes of the file (they are client material and would end up in logs).
 */
export function refuseImage(reason: ImageRejectionReason, message: string): AppFailure {
  return new AppFailure(TOO_LARGE.has(reason) ? 'IMAGE_TOO_LARGE' : 'INVALID_IMAGE', message, { reasons: [reason] });
}
