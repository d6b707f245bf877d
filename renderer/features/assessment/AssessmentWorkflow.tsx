import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getInstrument, setSectionNotAssessed } from '../../../assessments/instruments';
import type { Language } from '../../../electron/contract/schemas';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { formatDateTime } from '../../i18n/format';
import { say } from '../instruments/localized';
import { useAreaState } from '../shell/areaState';
import { DiscardDraftButton } from './DiscardDraftButton';
import { type StepId, localBlockers, stepStatus, workflowSteps } from './model/workflowSteps';
import { SaveIndicator } from './SaveIndicator';
import { SignedView } from './signed/SignedView';
import { AnswersStep } from './steps/AnswersStep';
import { ConclusionStep } from './steps/ConclusionStep';
import { DrawingsStep } from './steps/DrawingsStep';
import { InquiryStep } from './steps/InquiryStep';
import { ScoringStep } from './steps/ScoringStep';
import { SignStep } from './steps/SignStep';
import { useAssessmentDraft } from './useAssessmentDraft';
import { usePageDrawings } from './usePageDrawings';
import { WorkflowStepper } from './WorkflowStepper';
import { ConsentExceptionNote } from '../clients/consent/ConsentExceptionNote';
import './assessment.css';

/**
 * One assessment from the first drawing (or answer) to the signature, as a stepper; a draft
 * saves itself and is resumed from the client's page. Client mode unmounts this screen, so the
 * step and the client's language live in the shell's area state and everything else is read
 * again from the backend on return. A signed assessment opens read-only.
 */
export function AssessmentWorkflow({ assessmentId, onClose }: { assessmentId: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language as Language;
  const { assessment, loadError, draft, saveState, saveError, change, flush, reload, replace } = useAssessmentDraft(assessmentId);
  const def = assessment ? getInstrument(assessment.instrument.id) : undefined;
  const steps = useMemo(() => (def ? workflowSteps(def) : []), [def]);
  const [storedStep, setStep] = useAreaState<StepId | null>(`assessment:${assessmentId}:step`, null);
  const [storedLanguage, setClientLanguage] = useAreaState<Language | null>(`assessment:${assessmentId}:language`, null);
  const pages = useMemo(() => assessment?.pages ?? [], [assessment?.pages]);
  const { byPage } = usePageDrawings(pages);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const step: StepId | undefined = storedStep && steps.includes(storedStep) ? storedStep : steps[0];

  // The client's preferred language is the default for what they read; the psychologist may change it.
  useEffect(() => {
    if (storedLanguage || !assessment) return;
    setClientLanguage(assessment.clientLanguage ?? assessment.client.language ?? ui);
  }, [assessment, storedLanguage, setClientLanguage, ui]);

  const go = (next: StepId, anchorId?: string) => {
    setStep(next);
    // The new step is announced from its heading, as a page change is (PageTitle); a sign-step
    // link to one section (open items) goes to that section's heading instead.
    requestAnimationFrame(() => {
      const target = anchorId ? document.getElementById(anchorId) : null;
      if (target) {
        target.scrollIntoView({ block: 'start' });
        target.focus();
      } else stepHeading.current?.focus();
    });
  };

  if (loadError) {
    return (
      <>
        <Button variant="quiet" onPress={onClose}>
          {t('assessment.workflow.back')}
        </Button>
        <FormError error={loadError} />
      </>
    );
  }
  if (!assessment || !draft || !def || !step) return <p aria-busy="true">{t('common.loading')}</p>;

  const signed = assessment.status === 'signed';
  const clientLanguage = storedLanguage ?? ui;
  const blockers = localBlockers(def, pages, draft);
  const index = steps.indexOf(step);
  const title = t('assessment.workflow.title', { instrument: say(def.name, ui), code: assessment.client.code });

  return (
    <div className="assessment-workflow" data-assessment-id={assessment.id}>
      <div className="workflow-top">
        <Button variant="quiet" onPress={() => void flush().then(onClose)}>
          {t('assessment.workflow.back')}
        </Button>
        {signed ? null : (
          <>
            <SaveIndicator state={saveState} error={saveError} onRetry={() => void flush()} />
            <DiscardDraftButton assessmentId={assessment.id} onDiscarded={onClose} />
          </>
        )}
      </div>
      <PageTitle>{title}</PageTitle>
      <p className="workflow-meta">
        <span className={`status ${signed ? 'status--active' : 'status--unfinished'}`}>
          {t(`assessment.status.${assessment.status}`)}
        </span>
        <span>{t('assessment.workflow.started', { date: formatDateTime(ui, new Date(assessment.createdAt)) })}</span>
        <span>{t('assessment.workflow.version', { version: assessment.instrument.version })}</span>
      </p>
      {/* Also on a draft: a signature undone in the database reopens the record, and it must not look ordinary. */}
      {assessment.altered ? (
        <p role="alert" className="notice notice--error" data-testid="record-altered">
          {t('integrity.alteredAssessment')}
        </p>
      ) : null}
      <ConsentExceptionNote assessmentId={assessment.id} />

      {signed ? (
        <SignedView assessment={assessment} def={def} loaded={byPage} onChanged={replace} />
      ) : (
        <>
          <WorkflowStepper
            steps={steps.map((id) => ({ id, status: stepStatus(id, def, pages, draft, false) }))}
            current={step}
            onGo={go}
          />
          <section className="workflow-step-body" aria-labelledby="workflow-step-title">
            <h2 id="workflow-step-title" ref={stepHeading} tabIndex={-1} className="workflow-step-body__title">
              {t('assessment.workflow.stepHeading', { n: index + 1, total: steps.length, step: t(`assessment.steps.${step}`) })}
            </h2>
            {step === 'drawings' ? (
              <DrawingsStep
                assessmentId={assessment.id}
                def={def}
                pages={pages}
                loaded={byPage}
                clientLanguage={clientLanguage}
                onClientLanguage={setClientLanguage}
                flush={flush}
                onChanged={reload}
                onLeaveForClient={() => setStep('drawings')}
              />
            ) : null}
            {step === 'inquiry' ? (
              <InquiryStep
                def={def}
                pages={pages}
                loaded={byPage}
                inquiry={draft.inquiry}
                onChange={(v) => change('inquiry', v)}
                clientLanguage={clientLanguage}
              />
            ) : null}
            {step === 'scoring' ? (
              <ScoringStep
                def={def}
                draft={draft}
                loaded={byPage}
                onForm={(v) => change('form', v)}
                onInquiry={(v) => change('inquiry', v)}
              />
            ) : null}
            {step === 'answers' ? (
              <AnswersStep
                assessment={assessment}
                def={def}
                form={draft.form}
                onChange={(v) => change('form', v)}
                clientLanguage={clientLanguage}
                onClientLanguage={setClientLanguage}
                flush={flush}
              />
            ) : null}
            {step === 'conclusion' ? (
              <ConclusionStep
                draft={draft}
                onChange={change}
                referFrom={{ assessmentId: assessment.id, clientId: assessment.client.id, clientCode: assessment.client.code }}
              />
            ) : null}
            {step === 'sign' ? (
              <SignStep
                def={def}
                assessmentId={assessment.id}
                blockers={blockers}
                flush={flush}
                onGo={go}
                onSigned={replace}
                onMarkOpenNotAssessed={() =>
                  change(
                    'form',
                    blockers.reduce(
                      (form, b) =>
                        b.reason === 'itemsOpen' && b.sectionId ? setSectionNotAssessed(form, b.sectionId, true) : form,
                      draft.form,
                    ),
                  )
                }
              />
            ) : null}
          </section>
          <div className="workflow-nav">
            {index > 0 ? (
              <Button onPress={() => go(steps[index - 1]!)}>
                {t('assessment.workflow.previous', { step: t(`assessment.steps.${steps[index - 1]!}`) })}
              </Button>
            ) : (
              <span />
            )}
            {index < steps.length - 1 ? (
              <Button variant="primary" onPress={() => go(steps[index + 1]!)}>
                {t('assessment.workflow.next', { step: t(`assessment.steps.${steps[index + 1]!}`) })}
              </Button>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
