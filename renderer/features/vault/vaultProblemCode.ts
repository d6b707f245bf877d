import type { ErrorCode } from '../../../electron/contract/errors';
import { VAULT_PROBLEMS } from '../../../electron/contract/schemas';

/**
 * A failure that means the data folder itself cannot be used (damaged, missing, in use): the screen
 * should re-read the vault status, which then shows the "damaged vault" screen with the details.
 */
export function isVaultProblem(code: ErrorCode): boolean {
  return (VAULT_PROBLEMS as readonly string[]).includes(code);
}
