import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../electron/contract/groupChannels';
import { useScheduleText } from '../text/useScheduleText';

/** The group at a glance: status, schedule, unit, facilitators, members, sessions, goals. */
export function GroupFacts({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  const schedule = useScheduleText();
  const facts: Array<[string, string]> = [
    [t('groups.fields.status'), t(`groups.status.${group.status}`)],
    [t('groups.fields.schedule'), schedule(group)],
    [t('groups.fields.facilitators'), group.facilitators.map((f) => f.fullName).join(', ')],
    [
      t('groups.fields.members'),
      group.capacity
        ? t('groups.list.membersOf', { n: group.activeMembers, capacity: group.capacity })
        : String(group.activeMembers),
    ],
    [
      t('groups.fields.sessions'),
      group.plannedSessions
        ? t('groups.group.sessionsOf', { n: group.sessionCount, planned: group.plannedSessions })
        : String(group.sessionCount),
    ],
  ];
  if (group.unit) facts.splice(2, 0, [t('groups.fields.unit'), group.unit]);
  return (
    <>
      <dl className="group-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="group-facts__item">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {group.goals ? (
        <div className="group-goals">
          <h2 className="group-goals__title">{t('groups.fields.goals')}</h2>
          <p className="group-goals__text">{group.goals}</p>
        </div>
      ) : null}
    </>
  );
}
