import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../common/format';
import { AT_RISK_ABSENCES, type FacilitatorHome, type HomePlace } from '../../../electron/contract/homeChannels';
import type { Language } from '../../../electron/contract/schemas';
import { DueSection, RoleBlock } from './DueSection';

type Session = FacilitatorHome['today']['items'][number];

/** The facilitator's block, for the groups they facilitate: sessions, notes to sign, members drifting away. */
export function FacilitatorDue({ due, onOpen }: { due: FacilitatorHome; onOpen: (place: HomePlace) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const day = (iso: string) => formatCalendarDate(language, iso);
  const session = (s: Session, withDate: boolean) => ({
    key: s.id,
    place: s.place,
    title: s.groupName,
    detail: [withDate ? day(s.date) : '', s.time ?? (withDate ? '' : t('home.facilitator.noTime'))].filter(Boolean).join(', '),
  });
  return (
    <RoleBlock id="facilitator" title={t('home.facilitator.title')}>
      <DueSection
        id="today"
        title={t('home.facilitator.today')}
        total={due.today.total}
        onOpen={onOpen}
        empty={t('home.facilitator.noneToday')}
        items={due.today.items.map((s) => session(s, false))}
      />
      <DueSection
        id="week"
        title={t('home.facilitator.week')}
        total={due.week.total}
        onOpen={onOpen}
        items={due.week.items.map((s) => session(s, true))}
      />
      <DueSection
        id="unsignedNotes"
        title={t('home.facilitator.unsignedNotes')}
        rule={t('home.facilitator.unsignedNotesRule')}
        total={due.unsignedNotes.total}
        onOpen={onOpen}
        items={due.unsignedNotes.items.map((s) => session(s, true))}
      />
      <DueSection
        id="atRisk"
        title={t('home.facilitator.atRisk')}
        rule={t('home.facilitator.atRiskRule', { count: AT_RISK_ABSENCES })}
        total={due.atRisk.total}
        onOpen={onOpen}
        items={due.atRisk.items.map((m) => ({
          key: m.id,
          place: m.place,
          title: m.alias,
          detail: `${m.groupName} · ${t('home.facilitator.lastMissed', { date: day(m.lastMissedOn) })}`,
        }))}
      />
    </RoleBlock>
  );
}
