import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getInstrument } from '../../../assessments/instruments';
import type { AssessmentSummary } from '../../../electron/contract/assessmentChannels';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/format';
import { say } from '../instruments/localized';
import { sortForClientPage } from './model/assessmentList';
import { NewAssessmentDialog } from './NewAssessmentDialog';
import type { SummariesLoad } from './useAssessmentSummaries';
import './assessment.css';

type Props = { client: ClientDetail; load: SummariesLoad; onOpenAssessment(assessmentId: string): void };

/** The client's assessments on their page: drafts first (to be resumed), then signed ones, newest first; and "New assessment". */
export function ClientAssessments({ client, load, onOpenAssessment }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const rows = useMemo(() => (load.status === 'ready' ? sortForClientPage(load.summaries) : null), [load]);
  const error = load.status === 'failed' ? load.error : null;
  const [creating, setCreating] = useState(false);

  const name = (row: AssessmentSummary) => {
    const def = getInstrument(row.instrumentId);
    return def ? say(def.name, language) : row.instrumentId;
  };

  return (
    <section className="client-assessments" aria-labelledby="client-assessments-title">
      <div className="client-assessments__head">
        <h2 id="client-assessments-title">{t('assessment.list.title')}</h2>
        <Button variant="primary" onPress={() => setCreating(true)}>
          {t('assessment.list.new')}
        </Button>
      </div>
      <FormError error={error} />
      {load.status === 'loading' ? <p aria-busy="true">{t('common.loading')}</p> : null}
      {rows && rows.length === 0 ? <p className="muted">{t('assessment.list.empty')}</p> : null}
      {rows && rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('assessment.list.caption', { code: client.code })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessment.list.instrument')}</th>
                <th scope="col">{t('assessment.list.status')}</th>
                <th scope="col">{t('assessment.list.date')}</th>
                <th scope="col">{t('assessment.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-assessment-id={row.id}>
                  <th scope="row">
                    {name(row)}
                    {row.flagIds.length > 0 ? (
                      <span className="assessment-flag">
                        <Icon name="alert" />
                        {t('assessment.list.flagged')}
                      </span>
                    ) : null}
                  </th>
                  <td>
                    <span className={row.status === 'draft' ? 'status status--unfinished' : 'status status--active'}>
                      {t(`assessment.status.${row.status}`)}
                    </span>
                    {row.addendumCount > 0 ? (
                      <span className="assessment-addenda">{t('assessment.list.addenda', { n: row.addendumCount })}</span>
                    ) : null}
                  </td>
                  <td className="nowrap">{formatDateTime(language, new Date(row.signedAt ?? row.updatedAt))}</td>
                  <td>
                    <Button className="button--small" onPress={() => onOpenAssessment(row.id)}>
                      {t(row.status === 'draft' ? 'assessment.list.resume' : 'assessment.list.open')}
                      <span className="visually-hidden">: {name(row)}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <NewAssessmentDialog
        client={client}
        isOpen={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          onOpenAssessment(id);
        }}
      />
    </section>
  );
}
