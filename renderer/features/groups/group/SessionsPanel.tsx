import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { Button } from '../../../components/Button';
import { SessionDialog } from '../session/SessionDialog';
import { formatCalendarDate } from '../../../i18n/format';

type Props = { group: GroupDetail; onOpen: (sessionId: string) => void };

/** The group's sessions, oldest first, with attendance and the state of the note. */
export function SessionsPanel({ group, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [adding, setAdding] = useState(false);
  const canAdd = group.canRecord && group.status !== 'finished';

  return (
    <section aria-labelledby="sessions-title">
      <div className="panel-header">
        <h2 id="sessions-title">{t('groups.sessions.title')}</h2>
        {canAdd ? (
          <div className="panel-header__actions">
            <Button variant="primary" onPress={() => setAdding(true)}>
              {t('groups.sessions.new')}
            </Button>
          </div>
        ) : null}
      </div>
      {group.sessions.length === 0 ? (
        <p className="empty">{t('groups.sessions.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('groups.sessions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.sessions.date')}</th>
                <th scope="col">{t('groups.sessions.topic')}</th>
                <th scope="col">{t('groups.sessions.attendance')}</th>
                <th scope="col">{t('groups.sessions.note')}</th>
                <th scope="col">{t('groups.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {group.sessions.map((session, index) => {
                const date = formatCalendarDate(language, session.date);
                return (
                  <tr key={session.id}>
                    <th scope="row" className="nowrap">
                      {t('groups.sessions.number', { n: index + 1 })}
                      <span className="groups-subline">
                        {date}
                        {session.time ? `, ${session.time}` : ''}
                      </span>
                    </th>
                    <td>{session.topic || t('groups.charts.noValue')}</td>
                    <td className="nowrap">
                      {session.recorded > 0
                        ? t('groups.sessions.attended', { n: session.attended, of: session.recorded })
                        : t('groups.sessions.notRecorded')}
                    </td>
                    <td>{t(`groups.noteStatus.${session.noteStatus}`)}</td>
                    <td>
                      <Button
                        className="button--small"
                        aria-label={t('groups.sessions.openNamed', { n: index + 1, date })}
                        onPress={() => onOpen(session.id)}
                      >
                        {t('groups.list.open')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {adding ? (
        <SessionDialog group={group} session={null} onClose={() => setAdding(false)} onSaved={(s) => onOpen(s.id)} />
      ) : null}
    </section>
  );
}
