import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { useLoaded } from '../../hooks/useLoaded';
import { ClientAssessments } from '../assessment/ClientAssessments';
import { useAssessmentSummaries } from '../assessment/useAssessmentSummaries';
import { ClientTimeline } from '../timeline/ClientTimeline';
import { NewDrawingForm } from '../drawing/area/NewDrawingForm';
import { useDrawingAreaContext } from '../drawing/useDrawingArea';
import { clientCoverage } from './consent/clientCoverage';
import '../drawing/area/area.css';
import { ConsentSection } from './ConsentSection';
import { legalStatusText } from './labels';
import { LegalStatusSection } from './LegalStatusSection';
import { ProfileSection } from './ProfileSection';
import { ReentrySection } from '../reentry/ReentrySection';
import { ReferralsSection } from '../referrals/ReferralsSection';

type Props = { clientId: string; onBack: () => void; onOpenAssessment: (assessmentId: string) => void };

/**
 * One client: the code large (it is what people read out and write on paper), the name, the
 * record (profile, legal status, consents), then the client's assessments and their timeline
 * (both from one assessments:listForClient). From here a drawing is started for this client, and
 * House-Tree-Person, the most frequent assessment, in one click when consent covers it (issue 12, item 7;
 * otherwise "New assessment" asks about consent first).
 */
export function ClientPage({ clientId, onBack, onOpenAssessment }: Props) {
  const { t, i18n } = useTranslation();
  const { value: client, error, set: setClient } = useLoaded(useCallback(() => call('clients:get', { clientId }), [clientId]));
  const assessments = useAssessmentSummaries(clientId);
  const drawingArea = useDrawingAreaContext();
  const [newDrawing, setNewDrawing] = useState(false);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<AppError | null>(null);

  const startHtp = async () => {
    setStarting(true);
    setStartError(null);
    const result = await call('assessments:create', { clientId, instrumentId: 'htp' });
    setStarting(false);
    if (!result.ok) return setStartError(result.error);
    onOpenAssessment(result.value.id);
  };

  const back = (
    <Button variant="quiet" onPress={onBack}>
      {t('clients.backToList')}
    </Button>
  );
  if (!client) {
    return (
      <>
        {back}
        {error ? <FormError error={error} /> : <p aria-busy="true">{t('common.loading')}</p>}
      </>
    );
  }
  if (newDrawing) {
    return (
      <NewDrawingForm
        client={{ id: client.id, code: client.code }}
        // Back on this page when the psychologist takes the screen back.
        onStart={(setup) => drawingArea.enterClientMode(setup, () => setNewDrawing(false))}
        onCancel={() => setNewDrawing(false)}
      />
    );
  }
  return (
    <>
      {back}
      <header className="client-header">
        <PageTitle>
          <span className="visually-hidden">{t('clients.fields.code')} </span>
          <span className="client-code">{client.code}</span>
        </PageTitle>
        <p className="client-header__name">{client.fullName ?? <span className="muted">{t('clients.nameNotRecorded')}</span>}</p>
        <p className="client-header__status">
          <span className="status-badge">{legalStatusText(t, i18n.language as Language, client.legalStatus)}</span>
          <span className={client.consentInForce ? 'status-badge status-badge--on' : 'status-badge status-badge--off'}>
            {client.consentInForce ? t('clients.consent.inForce') : t('clients.consent.noneInForce')}
          </span>
        </p>
      </header>
      <div className="client-drawing-actions">
        {clientCoverage(client, 'assessment') === 'covered' ? (
          <Button variant="primary" isPending={starting} onPress={() => void startHtp()}>
            {t('drawing.fromClient.startHtp')}
          </Button>
        ) : null}
        <Button onPress={() => setNewDrawing(true)}>{t('drawing.fromClient.newDrawing')}</Button>
      </div>
      <FormError error={startError} />
      <div className="client-record">
        <ProfileSection client={client} onChanged={setClient} />
        <LegalStatusSection client={client} onChanged={setClient} />
        <ConsentSection client={client} onChanged={setClient} />
      </div>
      <ReentrySection client={client} />
      <ClientAssessments client={client} load={assessments.load} onOpenAssessment={onOpenAssessment} />
      <ReferralsSection client={client} onOpenAssessment={onOpenAssessment} />
      <ClientTimeline client={client} load={assessments.load} onRetry={assessments.retry} onOpenAssessment={onOpenAssessment} />
    </>
  );
}
