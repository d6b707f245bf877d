import type { z } from 'zod';
import { REENTRY_AREAS, type ReentryItem, type ReentryPlan, type reentryChannels } from '../../../contract/reentryChannels';
import type { ClientRow } from '../../db/repos/clientsRepo';
import type { Db } from '../../db/connection';
import {
  type ReentryItemRow,
  findReentryPlan,
  listReentryItems,
  upsertReentryItem,
  upsertReentryPlan,
} from '../../db/repos/reentryRepo';
import { requireClient } from '../clients/clientsService';
import type { SignedInContext } from '../signedIn';
import { checkReleaseAfterSentenceStart } from './dateOrder';

/**
 * The re-entry plan (issue 17 §3). Part of the client record: every view and change is audited against the
 * client, with the area and the names of the fields that changed, never an owner, a note or a date. A save that
 * changes nothing writes nothing and records nothing.
 */

type Input<C extends keyof typeof reentryChannels> = z.output<(typeof reentryChannels)[C]['input']>;

const EMPTY_ITEM = { owner: '', status: 'not-started', dueOn: null, note: '', updatedAt: null } as const;

function toItem(row: ReentryItemRow): ReentryItem {
  return { area: row.area, owner: row.owner, status: row.status, dueOn: row.due_on, note: row.note, updatedAt: row.updated_at };
}

/** The plan as stored: every area in order, an untouched one as "not started". Not audited (the callers are). */
export function planOf(db: Db, client: ClientRow): ReentryPlan {
  const plan = findReentryPlan(db, client.id);
  const saved = new Map(listReentryItems(db, client.id).map((r) => [r.area, r]));
  const items = REENTRY_AREAS.map((area) => {
    const row = saved.get(area);
    return row ? toItem(row) : { area, ...EMPTY_ITEM };
  });
  const times = [plan?.updated_at, ...items.map((i) => i.updatedAt)].filter((t): t is string => typeof t === 'string');
  return {
    clientId: client.id,
    releaseDate: plan?.release_date ?? null,
    probationEnd: plan?.probation_end ?? null,
    sentenceStart: client.sentence_start ?? null,
    sentenceEnd: client.sentence_end ?? null,
    items,
    updatedAt: times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b)),
  };
}

export function getReentryPlan(s: SignedInContext, { clientId }: Input<'reentry:get'>): ReentryPlan {
  const client = requireClient(s.db, clientId);
  s.audit('reentry.viewed', { kind: 'client', id: clientId });
  return planOf(s.db, client);
}

export function saveReentryDates(s: SignedInContext, input: Input<'reentry:saveDates'>): ReentryPlan {
  const client = requireClient(s.db, input.clientId);
  checkReleaseAfterSentenceStart(client.sentence_start, input.releaseDate, 'releaseDate');
  const stored = findReentryPlan(s.db, client.id);
  const fields = [
    ...((stored?.release_date ?? null) !== input.releaseDate ? ['releaseDate'] : []),
    ...((stored?.probation_end ?? null) !== input.probationEnd ? ['probationEnd'] : []),
  ];
  if (fields.length > 0) {
    s.db.transaction(() => {
      upsertReentryPlan(s.db, {
        client_id: client.id,
        release_date: input.releaseDate,
        probation_end: input.probationEnd,
        updated_by: s.account.id,
        updated_at: s.nowIso(),
      });
      s.audit('reentry.datesSaved', { kind: 'client', id: client.id }, { fields });
    })();
  }
  return planOf(s.db, client);
}

export function saveReentryItem(s: SignedInContext, input: Input<'reentry:saveItem'>): ReentryPlan {
  const client = requireClient(s.db, input.clientId);
  const stored = listReentryItems(s.db, client.id).find((r) => r.area === input.area);
  const before = stored ? toItem(stored) : { area: input.area, ...EMPTY_ITEM };
  const fields = (['owner', 'status', 'dueOn', 'note'] as const).filter((f) => before[f] !== input[f]);
  if (fields.length > 0) {
    s.db.transaction(() => {
      upsertReentryItem(s.db, {
        id: stored?.id ?? s.newId(),
        client_id: client.id,
        area: input.area,
        owner: input.owner,
        status: input.status,
        due_on: input.dueOn,
        note: input.note,
        updated_by: s.account.id,
        updated_at: s.nowIso(),
      });
      s.audit('reentry.itemSaved', { kind: 'client', id: client.id }, { area: input.area, fields: [...fields] });
    })();
  }
  return planOf(s.db, client);
}
