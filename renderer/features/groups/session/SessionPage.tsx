import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { useVault } from '../../vault/VaultContext';
import { type GroupsView, useSessionDrafts } from '../useGroupsArea';
import { useLoaded } from '../../../hooks/useLoaded';
import { AttendanceGrid } from './AttendanceGrid';
import { DeleteSessionButton } from './DeleteSessionButton';
import { GroupDrawings } from './GroupDrawings';
import { SessionDialog } from './SessionDialog';
import { SessionNoteEditor } from './SessionNoteEditor';
import { formatCalendarDate } from '../../../i18n/format';

type Props = { groupId: string; sessionId: string; go: (view: GroupsView) => void };

/** One session: what was planned, the attendance grid, group drawings and the session note. */
export function SessionPage({ groupId, sessionId, go }: Props) {
  const { t } = useTranslation();
  const load = useCallback(() => call('groupSessions:get', { sessionId }), [sessionId]);
  const session = useLoaded(load);
  // Deleting or leaving a session returns to the group's list of sessions.
  const back = () => go({ kind: 'group', groupId, tab: 'sessions' });

  if (!session.value) {
    return (
      <>
        <Button variant="quiet" onPress={back}>
          {t('groups.back.toGroup')}
        </Button>
        <FormError error={session.error} />
        {!session.error ? <p aria-busy="true">{t('common.loading')}</p> : null}
      </>
    );
  }
  return <SessionView session={session.value} onChange={session.set} onReload={session.reload} onBack={back} />;
}

type ViewProps = { session: SessionDetail; onChange: (s: SessionDetail) => void; onReload: () => void; onBack: () => void };

function SessionView({ session, onChange, onReload, onBack }: ViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [drafts, setDrafts] = useSessionDrafts(session.id);
  const { refresh } = useVault();
  const [editing, setEditing] = useState(false);
  const date = formatCalendarDate(language, session.date);

  return (
    <>
      <nav className="groups-crumbs" aria-label={t('groups.back.label')}>
        <Button variant="quiet" className="button--small" onPress={onBack}>
          {t('groups.back.toGroup')}
        </Button>
      </nav>
      <div className="page-header">
        <div>
          <p className="eyebrow">{session.groupName}</p>
          <PageTitle>{t('groups.session.title', { date })}</PageTitle>
        </div>
        {session.canRecord && session.groupStatus !== 'finished' && session.note.status !== 'signed' ? (
          <div className="panel-header__actions">
            <Button onPress={() => setEditing(true)}>{t('groups.session.edit')}</Button>
            <DeleteSessionButton sessionId={session.id} date={date} onDeleted={onBack} />
          </div>
        ) : null}
      </div>
      {session.note.altered ? (
        <p role="alert" className="notice notice--error" data-testid="record-altered">
          {t('integrity.alteredSession')}
        </p>
      ) : null}
      <dl className="group-facts">
        <div className="group-facts__item">
          <dt>{t('groups.session.when')}</dt>
          <dd>
            {date}
            {session.time ? `, ${session.time}` : ''}
          </dd>
        </div>
        <div className="group-facts__item">
          <dt>{t('groups.session.duration')}</dt>
          <dd>{t('groups.session.minutes', { n: session.durationMinutes })}</dd>
        </div>
        <div className="group-facts__item">
          <dt>{t('groups.fields.facilitators')}</dt>
          <dd>{session.facilitators.map((f) => f.fullName).join(', ')}</dd>
        </div>
        <div className="group-facts__item group-facts__item--wide">
          <dt>{t('groups.sessions.topic')}</dt>
          <dd>{session.topic || t('groups.charts.noValue')}</dd>
        </div>
      </dl>
      {session.plannedActivities ? (
        <div className="group-goals">
          <h2 className="group-goals__title">{t('groups.session.activities')}</h2>
          <p className="group-goals__text">{session.plannedActivities}</p>
        </div>
      ) : null}

      <section aria-labelledby="grid-title" className="session-section">
        <h2 id="grid-title">{t('groups.grid.title')}</h2>
        <AttendanceGrid
          // Remounted when the note is signed, so the frozen grid shows what was stored, not a draft.
          key={session.note.status}
          session={session}
          draft={session.note.status === 'signed' ? undefined : drafts.attendance}
          onDraft={(attendance) => setDrafts({ attendance })}
          onSaved={onChange}
          onMoodByMember={async (memberId) => {
            const entered = await call('clientMode:enter', { kind: 'groupMood', sessionId: session.id, memberId });
            if (!entered.ok) return entered.error;
            // The vault status now says "client mode": the shell shows the member's screen instead of this page.
            await refresh();
            return null;
          }}
        />
      </section>

      <GroupDrawings session={session} onReturn={onReload} />

      <SessionNoteEditor
        session={session}
        draft={drafts.note}
        onDraft={(note) => setDrafts({ note })}
        onNote={(note) => onChange({ ...session, note, noteStatus: note.status })}
      />

      {editing ? (
        <SessionDialog
          group={{ id: session.groupId, time: session.time, facilitators: session.groupFacilitators }}
          session={session}
          onClose={() => setEditing(false)}
          onSaved={(s) => {
            setEditing(false);
            onChange(s);
          }}
        />
      ) : null}
    </>
  );
}
