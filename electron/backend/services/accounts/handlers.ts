import type { accountChannels } from '../../../contract/accountChannels';
import type { DomainHandlers } from '../handlerMap';
import {
  changeOwnPassword,
  createAccount,
  disableAccount,
  enableAccount,
  listAllAccounts,
  renameAccountUsername,
  resetPassword,
  setOwnLanguage,
  updateAccountDetails,
} from './accountsService';

export const accountHandlers = {
  'account:changePassword': changeOwnPassword,
  'account:setLanguage': setOwnLanguage,
  'accounts:list': listAllAccounts,
  'accounts:create': createAccount,
  'accounts:update': updateAccountDetails,
  'accounts:rename': renameAccountUsername,
  'accounts:disable': disableAccount,
  'accounts:enable': enableAccount,
  'accounts:resetPassword': resetPassword,
} satisfies DomainHandlers<typeof accountChannels>;
