import type { bundleChannels } from '../../../../contract/bundleChannels';
import type { DomainHandlers } from '../../handlerMap';
import { bundleStatus, confirmSupervisorKey, exportBundle, pickSupervisorKey, setFacilityRegion } from './facilityBundles';

/** The facility's bundle channels (issue 15 §1–2); typed from the contract, so a missing handler does not compile. */
export const bundleHandlers = {
  'bundles:status': (s) => bundleStatus(s),
  'bundles:setRegion': setFacilityRegion,
  'bundles:pickSupervisorKey': (s) => pickSupervisorKey(s),
  'bundles:confirmSupervisorKey': confirmSupervisorKey,
  'bundles:export': exportBundle,
} satisfies DomainHandlers<typeof bundleChannels>;
