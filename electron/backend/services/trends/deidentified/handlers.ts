import type { deidentifiedExportChannels } from '../../../../contract/deidentifiedExportChannels';
import type { DomainHandlers } from '../../handlerMap';
import { dataDictionary } from './dictionary';
import { deidentifiedOptions, exportDeidentified } from './deidentifiedExport';

/** De-identified record-level export (issue 14 §3): admins only (the contract), audited when a file is saved. */
export const deidentifiedExportHandlers = {
  'deidentified:options': (s) => deidentifiedOptions(s),
  'deidentified:export': (s, input) => exportDeidentified(s, input),
  'deidentified:dictionary': (_s, input) => dataDictionary(input.kind, input.language),
} satisfies DomainHandlers<typeof deidentifiedExportChannels>;
