import { AppFailure } from '../../../contract/errors';
import type { ChannelInput } from '../../../contract/channels';
import type { LegalStatusMappingState } from '../../../contract/legalStatusChannels';
import { LEGAL_STATUS_MAPPING_CHOICES } from '../../../contract/legalStatuses';
import {
  clientsHolding,
  insertMappingAnswer,
  mapOldStatus,
  mappingAnswers,
  pendingOldStatuses,
} from '../../db/repos/legalStatusMappingRepo';
import type { SignedInContext } from '../signedIn';

/** What is still to be answered and what was (counts only). */
export function mappingState(s: Pick<SignedInContext, 'db'>): LegalStatusMappingState {
  return {
    pending: pendingOldStatuses(s.db).map((p) => ({
      from: p.status,
      periods: p.periods,
      clients: p.clients,
      choices: [...LEGAL_STATUS_MAPPING_CHOICES[p.status]],
    })),
    answered: mappingAnswers(s.db).map((a) => ({
      from: a.original_status,
      to: a.mapped_to,
      periods: a.periods,
      answeredBy: a.answered_by,
      answeredAt: a.answered_at,
    })),
  };
}

/**
 * Maps every old value still pending, all in one transaction: the answer is recorded, each period takes the new value
 * (its first value stays in `original_status`), and the change is audited once per old value and once per client
 * whose history changed (ids and counts, never content). A value answered before and held by no period is skipped, so
 * a repeated call (a second window, a retry after a lock) changes nothing; a pending value left unanswered is refused,
 * so the history is never half mapped.
 */
export function applyMapping(s: SignedInContext, input: ChannelInput<'legalStatus:applyMapping'>): LegalStatusMappingState {
  s.db.transaction(() => {
    const pending = pendingOldStatuses(s.db);
    const answers = new Map(input.mappings.map((m) => [m.from, m.to]));
    const missing = pending.filter((p) => !answers.has(p.status));
    if (missing.length > 0) {
      throw new AppFailure('VALIDATION', 'every old legal status still held must be answered', {
        issues: missing.map((m) => ({ path: 'mappings', message: `no answer for ${m.status}` })),
      });
    }
    const at = s.nowIso();
    for (const p of pending) {
      const to = answers.get(p.status);
      if (to === undefined) continue;
      const clients = clientsHolding(s.db, p.status);
      const periods = mapOldStatus(s.db, p.status, to);
      insertMappingAnswer(s.db, {
        original_status: p.status,
        mapped_to: to,
        periods,
        answered_by: s.account.id,
        answered_at: at,
      });
      s.audit('legalStatus.mapped', null, { from: p.status, to, periods, clients: clients.length });
      for (const c of clients) {
        s.audit('client.legalStatusMapped', { kind: 'client', id: c.client_id }, { from: p.status, to, periods: c.periods });
      }
    }
  })();
  return mappingState(s);
}
