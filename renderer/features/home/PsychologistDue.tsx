import { useTranslation } from 'react-i18next';
import { getInstrument } from '../../../assessments/instruments';
import { formatCalendarDate, formatDate } from '../../../common/format';
import { organisationKindText } from '../../../common/organisationKindText';
import {
  CONSENT_ACTIVE_DAYS,
  CONSENT_RENEW_MONTHS,
  type HomePlace,
  type PsychologistHome,
  RELEASE_WITHIN_DAYS,
} from '../../../electron/contract/homeChannels';
import type { Language } from '../../../electron/contract/schemas';
import { say } from '../instruments/localized';
import { DueSection, RoleBlock } from './DueSection';

/** The psychologist's block: own unfinished work first, then what the facility's clients wait for. */
export function PsychologistDue({ due, onOpen }: { due: PsychologistHome; onOpen: (place: HomePlace) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const instrument = (id: string | null) => {
    const def = id ? getInstrument(id) : undefined;
    return def ? say(def.name, language) : (id ?? '');
  };
  const day = (iso: string) => formatCalendarDate(language, iso);
  const at = (iso: string) => formatDate(language, new Date(iso));
  const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  return (
    <RoleBlock id="psychologist" title={t('home.psychologist.title')}>
      <DueSection
        id="alerts"
        title={t('home.psychologist.alerts')}
        rule={t('home.psychologist.alertsRule')}
        urgent
        total={due.alerts.total}
        onOpen={onOpen}
        items={due.alerts.items.map((a) => ({
          key: a.id,
          place: a.place,
          title: a.clientCode,
          detail: join(instrument(a.instrumentId), t('home.psychologist.savedOn', { date: at(a.at) })),
        }))}
      />
      <DueSection
        id="followUps"
        title={t('home.psychologist.followUps')}
        rule={t('home.psychologist.followUpsRule')}
        total={due.followUps.total}
        onOpen={onOpen}
        items={due.followUps.items.map((r) => ({
          key: r.id,
          place: r.place,
          title: r.clientCode,
          detail: join(
            r.organisationName ?? organisationKindText(language, r.serviceKind),
            t('home.psychologist.followUpOn', { date: day(r.followUpOn) }),
          ),
        }))}
      />
      <DueSection
        id="drafts"
        title={t('home.psychologist.drafts')}
        total={due.drafts.total}
        onOpen={onOpen}
        items={due.drafts.items.map((a) => ({
          key: a.id,
          place: a.place,
          title: a.clientCode,
          detail: join(instrument(a.instrumentId), t('home.psychologist.savedOn', { date: at(a.at) })),
        }))}
      />
      <DueSection
        id="drawings"
        title={t('home.psychologist.drawings')}
        total={due.drawings.total}
        onOpen={onOpen}
        items={due.drawings.items.map((d) => ({
          key: d.id,
          place: d.place,
          title: d.clientCode ?? t('home.psychologist.noClient'),
          detail: join(instrument(d.instrumentId), t('home.psychologist.savedOn', { date: at(d.updatedAt) })),
        }))}
      />
      <DueSection
        id="consents"
        title={t('home.psychologist.consents')}
        rule={t('home.psychologist.consentsRule', { months: CONSENT_RENEW_MONTHS, days: CONSENT_ACTIVE_DAYS })}
        total={due.consents.total}
        onOpen={onOpen}
        items={due.consents.items.map((c) => ({
          key: c.clientId,
          place: c.place,
          title: c.clientCode,
          detail: t('home.psychologist.consentGiven', { date: day(c.givenOn) }),
        }))}
      />
      <DueSection
        id="releases"
        title={t('home.psychologist.releases')}
        rule={t('home.psychologist.releasesRule', { days: RELEASE_WITHIN_DAYS })}
        total={due.releases.total}
        onOpen={onOpen}
        items={due.releases.items.map((r) => ({
          key: r.clientId,
          place: r.place,
          title: r.clientCode,
          detail: t('home.psychologist.releaseOn', { date: day(r.releaseDate) }),
        }))}
      />
    </RoleBlock>
  );
}
