import { type ConsentActivity, type ConsentCoverage, consentCoverage } from '../../../../common/consentCoverage';
import type { ClientDetail } from '../../../../electron/contract/clientChannels';

/** Whether the client's consents cover the activity: the rule the backend enforces (common/consentCoverage.ts). */
export function clientCoverage(client: Pick<ClientDetail, 'consents'>, activity: ConsentActivity): ConsentCoverage {
  return consentCoverage(
    client.consents.map((c) => ({ scope: c.scope, withdrawn: c.withdrawal !== null })),
    activity,
  );
}
