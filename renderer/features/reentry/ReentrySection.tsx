import { getLocalTimeZone, today as todayDate } from '@internationalized/date';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { REENTRY_AREAS } from '../../../electron/contract/reentryChannels';
import { reentryProgress } from '../../../common/reentryProgress';
import { FormError } from '../../components/FormError';
import { ChecklistTable } from './ChecklistTable';
import { KeyDates } from './KeyDates';
import { PrintPlanButton } from './PrintPlanButton';
import { dateProblem } from './reentryValues';
import { useReentryPlan } from './useReentryPlan';
import '../report/report.css';
import './reentry.css';

/**
 * The client page's re-entry plan (issue 17 §3): key dates, the progress, the checklist of eight areas, and the
 * page printed for the client. Everything is saved as it is typed (useReentryPlan), so there is no Save button
 * and a lock loses nothing.
 */
export function ReentrySection({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const { loadError, items, dates, state, changeItem, changeDates } = useReentryPlan(client.id, client.sentenceStart);
  const today = todayDate(getLocalTimeZone()).toString();
  const problem = dates ? dateProblem(dates, client.sentenceStart) : null;
  const progress = items
    ? reentryProgress(
        REENTRY_AREAS.map((a) => ({ status: items[a].status, dueOn: items[a].dueOn || null })),
        today,
      )
    : null;
  return (
    <section className="panel client-section reentry" aria-labelledby="client-reentry">
      <div className="client-section__header">
        <h2 id="client-reentry">{t('reentry.title')}</h2>
        <PrintPlanButton clientId={client.id} clientLanguage={client.language} />
      </div>
      <p className="muted reentry__explain">{t('reentry.explain')}</p>
      {loadError ? <FormError error={loadError} /> : null}
      {!loadError && (!items || !dates) ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {items && dates && progress ? (
        <>
          <KeyDates
            dates={dates}
            sentenceStart={client.sentenceStart}
            sentenceEnd={client.sentenceEnd}
            problem={problem}
            onChange={changeDates}
          />
          <div className="reentry-progress">
            {progress.percent === null ? (
              <p className="reentry-progress__text">{t('reentry.nothingToDo')}</p>
            ) : (
              <>
                <p className="reentry-progress__text" id="reentry-progress-text">
                  {t('reentry.progress', { done: progress.done, applicable: progress.applicable })}
                </p>
                <progress
                  className="reentry-progress__bar"
                  max={progress.applicable}
                  value={progress.done}
                  aria-labelledby="reentry-progress-text"
                />
              </>
            )}
            {progress.inProgress > 0 ? (
              <span className="status-badge">{t('reentry.inProgress', { count: progress.inProgress })}</span>
            ) : null}
            {progress.overdue > 0 ? (
              <span className="status-badge reentry-badge--overdue">{t('reentry.overdue', { count: progress.overdue })}</span>
            ) : null}
          </div>
          <h3 className="client-section__subheading">{t('reentry.checklist')}</h3>
          <ChecklistTable items={items} areas={REENTRY_AREAS} today={today} onChange={changeItem} />
          <p className="reentry-save" role="status" aria-live="polite">
            {state === 'saving'
              ? t('reentry.saving')
              : state === 'failed'
                ? t('reentry.saveFailed')
                : state === 'saved' && !problem
                  ? t('reentry.saved')
                  : ''}
          </p>
        </>
      ) : null}
    </section>
  );
}
