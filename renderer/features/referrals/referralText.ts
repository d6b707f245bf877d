import type { TFunction } from 'i18next';
import { ORGANISATION_KIND_TEXT } from '../../../common/organisationKindText';
import type { Referral, ReferralStatus } from '../../../electron/contract/referralChannels';
import type { Language } from '../../../electron/contract/schemas';
import { formatCalendarDate } from '../../i18n/format';

/** Words for a referral on the client page: where it goes, its outcome, and the steps of its path. */

/** The organisation's name, or the kind of service when none was named. */
export function referralTarget(language: Language, r: Referral): string {
  return r.organisation ? r.organisation.name : ORGANISATION_KIND_TEXT[language][r.serviceKind];
}

export function outcomeText(t: TFunction, language: Language, r: Referral): string | null {
  const o = r.outcome;
  if (!o) return null;
  const kind = t(`referrals.outcomes.${o.kind}`);
  switch (o.kind) {
    case 'employed':
      return t('referrals.outcome.employedText', { date: formatCalendarDate(language, o.startDate), work: o.workKind });
    case 'legal-help':
      return `${kind}: ${t(`referrals.legalHelp.${o.help}`)}`;
    case 'other':
      return `${kind}: ${o.note}`;
    default:
      return kind;
  }
}

export type Stage = { key: string; label: string; on: string | null; state: 'done' | 'current' | 'todo' | 'ended' };

/**
 * The referral's path as steps: (planned,) made, contacted, the answer (accepted, declined or no answer)
 * and the outcome, each with the day it was reached. A step skipped on the way stays unmarked.
 */
export function stages(t: TFunction, r: Referral): Stage[] {
  const last = (statuses: readonly ReferralStatus[]) => [...r.events].reverse().find((e) => statuses.includes(e.status)) ?? null;
  const answer = last(['accepted', 'declined', 'no-answer']);
  const steps: { key: string; label: string; event: ReturnType<typeof last> }[] = [
    ...(r.events.some((e) => e.status === 'planned')
      ? [{ key: 'planned', label: t('referrals.status.planned'), event: last(['planned']) }]
      : []),
    { key: 'made', label: t('referrals.status.made'), event: last(['made']) },
    { key: 'contacted', label: t('referrals.status.contacted'), event: last(['contacted']) },
    { key: 'answer', label: answer ? t(`referrals.status.${answer.status}`) : t('referrals.stage.answer'), event: answer },
    { key: 'outcome', label: t('referrals.status.outcome'), event: last(['outcome']) },
  ];
  const reached = steps.map((s) => s.event !== null);
  const lastReached = reached.lastIndexOf(true);
  return steps.map((s, i) => ({
    key: s.key,
    label: s.label,
    on: s.event?.on ?? null,
    state:
      i === lastReached
        ? r.status === 'declined' || r.status === 'outcome'
          ? 'ended'
          : 'current'
        : reached[i]
          ? 'done'
          : 'todo',
  }));
}
