import { regionSchema } from '../../../../contract/regions';
import type { supervisorChannels } from '../../../../contract/supervisorChannels';
import { fingerprintOf } from '../format';
import { listFacilities, quartersOf } from '../../../db/repos/supervisorRepo';
import type { DomainHandlers } from '../../handlerMap';
import { buildCombinedView, combinedAudited, combinedCatalogue } from './combinedTrends';
import { exportPublicKey, supervisorIdentity } from './identity';
import { cancelImport, importJob, previewImport, startImport } from './importJob';

/** The supervisor installation (issue 15 §3): its key, its facilities, importing bundles, combined Trends. */
export const supervisorHandlers = {
  'supervisor:identity': (s) => supervisorIdentity(s.db),
  'supervisor:exportPublicKey': (s) => exportPublicKey(s),
  'supervisor:facilities': (s) =>
    listFacilities(s.db).map((f) => ({
      facilityId: f.facility_id,
      name: f.name,
      region: regionSchema.safeParse(f.region).data ?? null,
      fingerprint: fingerprintOf(f.public_key),
      lastSequence: f.last_sequence,
      quarters: quartersOf(s.db, f.facility_id),
      trustedAt: f.trusted_at,
      lastImportAt: f.last_import_at,
    })),
  'supervisor:previewImport': (s) => previewImport(s),
  'supervisor:startImport': (s, input) => startImport(s, input),
  'supervisor:importJob': (s, input) => importJob(s, input.jobId),
  'supervisor:cancelImport': (s, input) => cancelImport(s, input.previewId),
  'supervisor:trendsCatalogue': (s) => combinedCatalogue(s.db, s.now()),
  'supervisor:trendsView': (s, input) => {
    const view = buildCombinedView(s.db, input);
    s.audit('trends.viewed', null, {
      combined: true,
      measure: input.measure,
      ...(input.instrumentId ? { instrumentId: input.instrumentId } : {}),
      ...(input.metric ? { metric: input.metric } : {}),
      granularity: input.granularity,
      year: input.year,
      by: input.by ?? 'none',
      k: view.k,
      facilities: view.facilities,
    });
    combinedAudited(s.db);
    return view;
  },
} satisfies DomainHandlers<typeof supervisorChannels>;
