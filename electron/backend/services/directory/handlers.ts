import type { directoryChannels } from '../../../contract/directoryChannels';
import type { DomainHandlers } from '../handlerMap';
import {
  archiveOrganisation,
  createOrganisation,
  directoryCities,
  getOrganisation,
  searchDirectory,
  updateOrganisationFields,
} from './directoryService';
import { exportDirectory } from './exportService';
import { confirmImport, previewImport } from './importService';

/** Handlers of the directory of organisations; typed from the contract, so a channel without one does not compile. */
export const directoryHandlers = {
  'directory:search': searchDirectory,
  'directory:get': getOrganisation,
  'directory:cities': directoryCities,
  'directory:create': createOrganisation,
  'directory:update': updateOrganisationFields,
  'directory:archive': archiveOrganisation,
  'directory:importPreview': previewImport,
  'directory:importConfirm': confirmImport,
  'directory:exportCsv': exportDirectory,
} satisfies DomainHandlers<typeof directoryChannels>;
