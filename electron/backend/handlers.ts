import type { z } from 'zod';
import type { ChannelName, ChannelOutput, Channels } from '../contract/channels';
import { AppFailure } from '../contract/errors';
import { assessmentHandlers } from './handlers/assessmentHandlers';
import { clientHandlers } from './handlers/clientHandlers';
import { drawingExtraHandlers } from './handlers/drawingExtraHandlers';
import { drawingHandlers } from './handlers/drawingHandlers';
import { reportHandlers } from './handlers/reportHandlers';
import { groupHandlers } from './handlers/groupHandlers';
import {
  changeOwnPassword,
  createAccount,
  disableAccount,
  enableAccount,
  listAllAccounts,
  resetPassword,
  setOwnLanguage,
  updateAccountDetails,
} from './services/accountsService';
import { listAuditEntries, verifyAuditChain } from './services/auditService';
import type { ServiceContext } from './services/context';
import { lockVault, recoverWithKey, setupVault, signIn, signOut, vaultStatus } from './services/sessionService';
import { openDataFolder } from './services/dataFolder';
import { readSettings, updateSettings } from './services/settingsService';
import { writeUiPrefs } from './vault/uiPrefs';

type Handler<C extends ChannelName> = (
  ctx: ServiceContext,
  input: z.output<Channels[C]['input']>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** One handler per channel; a channel without a handler does not compile. */
export type Handlers = { [C in ChannelName]: Handler<C> };

export const handlers: Handlers = {
  'vault:status': (ctx) => vaultStatus(ctx),
  'vault:setup': (ctx, input) => setupVault(ctx, input),
  'vault:setLanguage': (ctx, { language }) => {
    if (!ctx.vault.isInitialized()) throw new AppFailure('VAULT_MISSING', 'set up the vault first');
    writeUiPrefs(ctx.vault.paths.uiPrefs, { language });
    return null;
  },
  'vault:openDataFolder': (ctx) => openDataFolder(ctx),
  'vault:recover': (ctx, input) => recoverWithKey(ctx, input),
  'session:signIn': (ctx, { username, password }) => signIn(ctx, username, password),
  'session:lock': (ctx) => (lockVault(ctx, 'manual'), null),
  'session:signOut': (ctx) => (signOut(ctx), null),
  'session:activity': () => null,
  'account:changePassword': (ctx, { currentPassword, newPassword }) => changeOwnPassword(ctx, currentPassword, newPassword),
  'account:setLanguage': (ctx, { language }) => {
    writeUiPrefs(ctx.vault.paths.uiPrefs, { language });
    return setOwnLanguage(ctx, language);
  },
  'accounts:list': (ctx) => listAllAccounts(ctx),
  'accounts:create': (ctx, input) => createAccount(ctx, input),
  'accounts:update': (ctx, input) => updateAccountDetails(ctx, input),
  'accounts:disable': (ctx, { id }) => disableAccount(ctx, id),
  'accounts:enable': (ctx, { id, temporaryPassword }) => enableAccount(ctx, id, temporaryPassword),
  'accounts:resetPassword': (ctx, { id, temporaryPassword }) => resetPassword(ctx, id, temporaryPassword),
  'settings:get': (ctx) => readSettings(ctx),
  'settings:update': (ctx, input) => updateSettings(ctx, input),
  'audit:list': (ctx, input) => listAuditEntries(ctx, input),
  'audit:verify': (ctx) => verifyAuditChain(ctx),
  ...drawingHandlers,
  ...drawingExtraHandlers,
  ...clientHandlers,
  ...assessmentHandlers,
  ...reportHandlers,
  ...groupHandlers,
};
