import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail, Member } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { EnrolDialog, type EnrolMode } from './EnrolDialog';
import { LeaveDialog } from './LeaveDialog';
import { MemberDialog } from './MemberDialog';
import { formatCalendarDate } from '../../../i18n/format';

type Props = { group: GroupDetail; onChanged: () => void; onProgress: (memberId: string) => void };

/**
 * Members: code, alias, language, dates. Facilitators enrol (by code, or a new person with only an
 * alias and a language), change how a member is shown, and record who leaves. Nothing clinical is shown here.
 */
export function MembersPanel({ group, onChanged, onProgress }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [enrol, setEnrol] = useState<EnrolMode | null>(null);
  const [leaving, setLeaving] = useState<Member | null>(null);
  const [editing, setEditing] = useState<Member | null>(null);
  const [registered, setRegistered] = useState<Member | null>(null);
  const canEnrol = group.canRecord && group.status !== 'finished';
  const full = group.capacity !== null && group.activeMembers >= group.capacity;

  return (
    <section aria-labelledby="members-title">
      <div className="panel-header">
        <h2 id="members-title">{t('groups.members.title')}</h2>
        {canEnrol ? (
          <div className="panel-header__actions">
            <Button variant="primary" onPress={() => setEnrol('code')} isDisabled={full}>
              {t('groups.members.enrolByCode')}
            </Button>
            <Button onPress={() => setEnrol('new')} isDisabled={full}>
              {t('groups.members.registerNew')}
            </Button>
          </div>
        ) : null}
      </div>
      {canEnrol && full ? <p className="notice notice--info">{t('groups.members.full')}</p> : null}
      {registered ? (
        <div className="notice notice--success" role="status">
          <Icon name="check" className="notice__icon" />
          <div className="notice__body">
            <p>{t('groups.members.registered', { alias: registered.alias })}</p>
            <p className="member-code">
              {t('groups.members.newCode')} <strong className="mono nowrap">{registered.code}</strong>
            </p>
          </div>
        </div>
      ) : null}
      {group.members.length === 0 ? (
        <p className="empty">{t('groups.members.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('groups.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.members.alias')}</th>
                <th scope="col">{t('groups.members.code')}</th>
                <th scope="col">{t('groups.members.language')}</th>
                <th scope="col">{t('groups.members.joined')}</th>
                <th scope="col">{t('groups.members.left')}</th>
                <th scope="col">{t('groups.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {group.members.map((member) => (
                <tr key={member.id} className={member.leftOn ? 'table__row--muted' : undefined}>
                  <th scope="row">{member.alias}</th>
                  <td className="mono nowrap">{member.code}</td>
                  <td>{member.language ? t(`languages.${member.language}`) : t('groups.charts.noValue')}</td>
                  <td className="nowrap">{formatCalendarDate(language, member.joinedOn)}</td>
                  <td>
                    {member.leftOn ? (
                      <>
                        <span className="nowrap">{formatCalendarDate(language, member.leftOn)}</span>
                        {member.leavingReason ? (
                          <span className="groups-subline">{t(`groups.leaving.${member.leavingReason}`)}</span>
                        ) : null}
                      </>
                    ) : (
                      t('groups.members.active')
                    )}
                  </td>
                  <td>
                    <div className="table__actions">
                      <Button
                        className="button--small"
                        aria-label={t('groups.members.actionFor', { action: t('groups.members.progress'), name: member.alias })}
                        onPress={() => onProgress(member.id)}
                      >
                        {t('groups.members.progress')}
                      </Button>
                      {group.canRecord && !member.leftOn ? (
                        <>
                          <Button
                            variant="quiet"
                            className="button--small"
                            aria-label={t('groups.members.actionFor', { action: t('groups.members.edit'), name: member.alias })}
                            onPress={() => setEditing(member)}
                          >
                            {t('groups.members.edit')}
                          </Button>
                          <Button
                            variant="quiet"
                            className="button--small"
                            aria-label={t('groups.members.actionFor', { action: t('groups.members.leave'), name: member.alias })}
                            onPress={() => setLeaving(member)}
                          >
                            {t('groups.members.leave')}
                          </Button>
                        </>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <EnrolDialog
        groupId={group.id}
        mode={enrol}
        onClose={() => setEnrol(null)}
        onEnrolled={(member, mode) => {
          setEnrol(null);
          setRegistered(mode === 'new' ? member : null);
          onChanged();
        }}
      />
      <MemberDialog
        member={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
      <LeaveDialog
        member={leaving}
        onClose={() => setLeaving(null)}
        onLeft={() => {
          setLeaving(null);
          onChanged();
        }}
      />
    </section>
  );
}
