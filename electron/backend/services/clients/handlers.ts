import type { clientChannels } from '../../../contract/clientChannels';
import type { DomainHandlers } from '../handlerMap';
import {
  addLegalStatus,
  createClient,
  findClientCode,
  getClient,
  listClientUnits,
  recordConsent,
  searchClientList,
  updateClient,
  withdrawConsent,
} from './clientsService';

/** Handlers of the client register; typed from the contract, so a channel without one does not compile. */
export const clientHandlers = {
  'clients:create': createClient,
  'clients:update': updateClient,
  'clients:get': getClient,
  'clients:search': searchClientList,
  'clients:findByCode': findClientCode,
  'clients:units': listClientUnits,
  'clients:addLegalStatus': addLegalStatus,
  'clients:recordConsent': recordConsent,
  'clients:withdrawConsent': withdrawConsent,
} satisfies DomainHandlers<typeof clientChannels>;
