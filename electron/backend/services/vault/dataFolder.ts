import { AppFailure } from '../../../contract/errors';
import type { PublicContext } from '../context';

/**
 * Shows the data folder in the file manager, from the damaged-vault screen (issue 10): the person
 * copies it aside, or puts a saved copy back. Nothing else needs the folder opened, so the channel
 * answers only while the folder cannot be used. Nothing is audited: the database is not open.
 */
export async function openDataFolder(ctx: PublicContext): Promise<null> {
  const problem = ctx.vault.problem();
  if (problem === null || problem === 'uninitialized') {
    throw new AppFailure('FORBIDDEN', 'the data folder is opened only while it cannot be used');
  }
  if (!ctx.openFolder || !(await ctx.openFolder(ctx.vault.paths.dataDir))) {
    throw new AppFailure('FOLDER_NOT_OPENED', 'the file manager could not show the folder');
  }
  return null;
}
