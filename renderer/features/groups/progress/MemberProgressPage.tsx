import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberProgress } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { PageTitle } from '../../../components/Page';
import { ChartFigure } from '../charts/ChartFigure';
import { DrawingCacheProvider } from '../../drawing/thumbnail/drawingCache';
import { LazyDrawingThumbnail } from '../../drawing/thumbnail/LazyDrawingThumbnail';
import { hasValues, memberMoodSeries } from '../model/chartData';
import { useNumberText } from '../text/useNumberText';
import type { GroupsView } from '../useGroupsArea';
import { useLoaded } from '../../../hooks/useLoaded';
import { formatCalendarDate } from '../../../i18n/format';

type Props = { groupId: string; memberId: string; go: (view: GroupsView) => void };

/** One member across the group's sessions: attendance, participation, mood, drawings, and their group history. */
export function MemberProgressPage({ groupId, memberId, go }: Props) {
  const { t } = useTranslation();
  const load = useCallback(() => call('groups:memberProgress', { memberId }), [memberId]);
  const progress = useLoaded(load);
  const back = () => go({ kind: 'group', groupId, tab: 'members' });
  return (
    <>
      <nav className="groups-crumbs" aria-label={t('groups.back.label')}>
        <Button variant="quiet" className="button--small" onPress={back}>
          {t('groups.back.toGroup')}
        </Button>
      </nav>
      <FormError error={progress.error} />
      {progress.value ? (
        <DrawingCacheProvider key={memberId}>
          <ProgressView progress={progress.value} onSession={(sessionId) => go({ kind: 'session', groupId, sessionId })} />
        </DrawingCacheProvider>
      ) : !progress.error ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : null}
    </>
  );
}

function ProgressView({ progress, onSession }: { progress: MemberProgress; onSession: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const num = useNumberText();
  const { member } = progress;
  const labels = useMemo(() => progress.sessions.map((s) => formatCalendarDate(language, s.date)), [progress.sessions, language]);
  const mood = useMemo(
    () => memberMoodSeries(progress, { before: t('groups.grid.moodBefore'), after: t('groups.grid.moodAfter') }),
    [progress, t],
  );
  const dash = t('groups.charts.noValue');

  return (
    <>
      <p className="eyebrow">{progress.groupName}</p>
      <PageTitle>{t('groups.progress.title', { alias: member.alias })}</PageTitle>
      <dl className="group-facts">
        <div className="group-facts__item">
          <dt>{t('groups.members.code')}</dt>
          <dd className="mono">{member.code}</dd>
        </div>
        <div className="group-facts__item">
          <dt>{t('groups.members.language')}</dt>
          <dd>{member.language ? t(`languages.${member.language}`) : dash}</dd>
        </div>
        <div className="group-facts__item">
          <dt>{t('groups.dashboard.overallAttendance')}</dt>
          <dd>{progress.attendanceRate === null ? dash : num.percent(progress.attendanceRate)}</dd>
        </div>
        <div className="group-facts__item">
          <dt>{t('groups.progress.meanParticipation')}</dt>
          <dd>{progress.meanParticipation === null ? dash : num.decimal(progress.meanParticipation)}</dd>
        </div>
        <div className="group-facts__item">
          <dt>{t('groups.dashboard.overallMoodChange')}</dt>
          <dd>{progress.meanMoodChange === null ? dash : num.signed(progress.meanMoodChange)}</dd>
        </div>
      </dl>

      {progress.sessions.length === 0 ? (
        <p className="empty">{t('groups.progress.noSessions')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">{t('groups.progress.caption', { alias: member.alias })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('groups.sessions.date')}</th>
                  <th scope="col">{t('groups.sessions.topic')}</th>
                  <th scope="col">{t('groups.grid.attendance')}</th>
                  <th scope="col">{t('groups.grid.participation')}</th>
                  <th scope="col">{t('groups.grid.moodBefore')}</th>
                  <th scope="col">{t('groups.grid.moodAfter')}</th>
                  <th scope="col">{t('groups.progress.drawings')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.sessions.map((s) => (
                  <tr key={s.sessionId}>
                    <th scope="row" className="nowrap">
                      <Button variant="quiet" className="button--small" onPress={() => onSession(s.sessionId)}>
                        {formatCalendarDate(language, s.date)}
                      </Button>
                    </th>
                    <td>
                      {s.topic || dash}
                      {s.note ? <span className="groups-subline">{s.note}</span> : null}
                    </td>
                    <td>
                      {s.attendance ? (
                        <span className={`attendance-tag attendance-tag--${s.attendance}`}>
                          {t(`groups.attendance.${s.attendance}`)}
                        </span>
                      ) : (
                        dash
                      )}
                    </td>
                    <td>{s.participation ?? dash}</td>
                    <td>{s.moodBefore ?? dash}</td>
                    <td>{s.moodAfter ?? dash}</td>
                    <td>
                      {s.drawingIds.length > 0 ? (
                        <ul className="thumbs thumbs--small">
                          {s.drawingIds.map((id, i) => (
                            <li key={id}>
                              <LazyDrawingThumbnail
                                drawingId={id}
                                size={{ width: 96 }}
                                testId="drawing-thumbnail"
                                label={t('groups.progress.thumbLabel', {
                                  alias: member.alias,
                                  date: formatCalendarDate(language, s.date),
                                  n: i + 1,
                                })}
                              />
                            </li>
                          ))}
                        </ul>
                      ) : (
                        dash
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {hasValues(mood) ? (
            <div className="group-charts">
              <ChartFigure
                kind="line"
                title={t('groups.progress.moodChart')}
                summary={t('groups.progress.moodSummary', { alias: member.alias, n: labels.length })}
                labels={labels}
                series={mood}
                yMin={0}
                yMax={10}
                formatValue={num.decimal}
                categoryHeader={t('groups.sessions.date')}
              />
            </div>
          ) : null}
        </>
      )}

      {progress.history.length > 1 ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('groups.progress.history')}</h2>
          <ul className="group-history">
            {progress.history.map((h) => (
              <li key={h.memberId}>
                <strong>{h.groupName}</strong> ({t(`groups.programmes.${h.programmeType}`)}){' · '}
                {h.leftOn
                  ? t('groups.schedule.range', {
                      from: formatCalendarDate(language, h.joinedOn),
                      to: formatCalendarDate(language, h.leftOn),
                    })
                  : t('groups.schedule.from', { from: formatCalendarDate(language, h.joinedOn) })}
                {h.leavingReason ? ` · ${t(`groups.leaving.${h.leavingReason}`)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
