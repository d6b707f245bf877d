import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDashboard, GroupDetail } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { ChartFigure } from '../charts/ChartFigure';
import { attendanceSeries, firstAndLast, hasValues, moodChangeSeries, moodSeries } from '../model/chartData';
import { useNumberText } from '../text/useNumberText';
import { useLoaded } from '../../../hooks/useLoaded';
import { formatCalendarDate } from '../../../i18n/format';

type Props = { group: GroupDetail; onProgress: (memberId: string) => void };

/** Attendance and mood over the sessions, and who is at risk of dropping out. */
export function Dashboard({ group, onProgress }: Props) {
  const { t } = useTranslation();
  // The group's record changes (a session saved) reload the dashboard too.
  const load = useCallback(() => call('groups:dashboard', { groupId: group.id }), [group]);
  const dashboard = useLoaded(load);
  return (
    <section aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('groups.dashboard.title')}</h2>
      <FormError error={dashboard.error} />
      {dashboard.value ? (
        <DashboardView dashboard={dashboard.value} onProgress={onProgress} />
      ) : !dashboard.error ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : null}
    </section>
  );
}

function DashboardView({ dashboard, onProgress }: { dashboard: GroupDashboard; onProgress: (memberId: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const num = useNumberText();
  const attendance = useMemo(() => [attendanceSeries(dashboard, t('groups.dashboard.attendanceRate'))], [dashboard, t]);
  const mood = useMemo(
    () => moodSeries(dashboard, { before: t('groups.grid.moodBefore'), after: t('groups.grid.moodAfter') }),
    [dashboard, t],
  );
  const change = useMemo(() => [moodChangeSeries(dashboard, t('groups.dashboard.moodChange'))], [dashboard, t]);

  const attendanceEnds = firstAndLast(attendance[0]!);
  const changeEnds = firstAndLast(change[0]!);
  const shortLabels = useMemo(
    () => dashboard.sessions.map((_, i) => t('groups.sessions.number', { n: i + 1 })),
    [dashboard.sessions, t],
  );

  return (
    <>
      <dl className="group-facts">
        <div className="group-facts__item">
          <dt>{t('groups.dashboard.overallAttendance')}</dt>
          <dd>{dashboard.attendanceRate === null ? t('groups.charts.noValue') : num.percent(dashboard.attendanceRate)}</dd>
        </div>
        <div className="group-facts__item">
          <dt>{t('groups.dashboard.overallMoodChange')}</dt>
          <dd>{dashboard.meanMoodChange === null ? t('groups.charts.noValue') : num.signed(dashboard.meanMoodChange)}</dd>
        </div>
        <div className="group-facts__item">
          <dt>{t('groups.dashboard.atRiskCount')}</dt>
          <dd>{dashboard.atRisk.length}</dd>
        </div>
      </dl>

      <section className={dashboard.atRisk.length > 0 ? 'at-risk at-risk--some' : 'at-risk'} aria-labelledby="at-risk-title">
        <h3 id="at-risk-title">{t('groups.dashboard.atRiskTitle')}</h3>
        <p className="muted">{t('groups.dashboard.atRiskRule', { n: dashboard.absencesThreshold })}</p>
        {dashboard.atRisk.length === 0 ? (
          <p>{t('groups.dashboard.atRiskNone')}</p>
        ) : (
          <ul className="at-risk__list">
            {dashboard.atRisk.map((m) => (
              <li key={m.memberId} className="at-risk__item">
                <span>
                  <strong>{m.alias}</strong> <span className="mono">{m.code}</span>
                  <span className="groups-subline">
                    {t('groups.dashboard.absencesInARow', { count: m.absencesInARow })}
                    {' · '}
                    {m.lastAttendedOn
                      ? t('groups.dashboard.lastAttended', { date: formatCalendarDate(language, m.lastAttendedOn) })
                      : t('groups.dashboard.neverAttended')}
                  </span>
                </span>
                <Button
                  className="button--small"
                  aria-label={t('groups.members.actionFor', { action: t('groups.members.progress'), name: m.alias })}
                  onPress={() => onProgress(m.memberId)}
                >
                  {t('groups.members.progress')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {dashboard.sessions.length === 0 ? (
        <p className="empty">{t('groups.dashboard.noSessions')}</p>
      ) : (
        <div className="group-charts">
          <ChartFigure
            kind="bar"
            title={t('groups.dashboard.attendanceChart')}
            summary={
              attendanceEnds
                ? t('groups.dashboard.attendanceSummary', {
                    n: dashboard.sessions.length,
                    first: num.percentOf(attendanceEnds.first),
                    last: num.percentOf(attendanceEnds.last),
                  })
                : t('groups.dashboard.noData')
            }
            labels={shortLabels}
            series={attendance}
            yMin={0}
            yMax={100}
            formatValue={num.percentOf}
            categoryHeader={t('groups.dashboard.session')}
          />
          <ChartFigure
            kind="line"
            title={t('groups.dashboard.moodChart')}
            summary={
              hasValues(mood) ? t('groups.dashboard.moodSummary', { n: dashboard.sessions.length }) : t('groups.dashboard.noData')
            }
            labels={shortLabels}
            series={mood}
            yMin={0}
            yMax={10}
            formatValue={num.decimal}
            categoryHeader={t('groups.dashboard.session')}
          />
          <ChartFigure
            kind="bar"
            title={t('groups.dashboard.moodChangeChart')}
            summary={
              changeEnds
                ? t('groups.dashboard.moodChangeSummary', {
                    first: num.signed(changeEnds.first),
                    last: num.signed(changeEnds.last),
                  })
                : t('groups.dashboard.noData')
            }
            labels={shortLabels}
            series={change}
            yMin={-10}
            yMax={10}
            formatValue={num.signed}
            categoryHeader={t('groups.dashboard.session')}
          />
        </div>
      )}
    </>
  );
}
