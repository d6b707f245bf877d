import type { clientChannels } from '../../contract/clientChannels';
import type { Handlers } from '../handlers';
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
} from '../services/clientsService';

/** Handlers of the client register; typed from the contract, so a channel without one does not compile. */
export const clientHandlers: Pick<Handlers, keyof typeof clientChannels> = {
  'clients:create': (ctx, input) => createClient(ctx, input),
  'clients:update': (ctx, input) => updateClient(ctx, input),
  'clients:get': (ctx, { clientId }) => getClient(ctx, clientId),
  'clients:search': (ctx, input) => searchClientList(ctx, input),
  'clients:findByCode': (ctx, { code }) => findClientCode(ctx, code),
  'clients:units': (ctx) => listClientUnits(ctx),
  'clients:addLegalStatus': (ctx, input) => addLegalStatus(ctx, input),
  'clients:recordConsent': (ctx, input) => recordConsent(ctx, input),
  'clients:withdrawConsent': (ctx, input) => withdrawConsent(ctx, input),
};
