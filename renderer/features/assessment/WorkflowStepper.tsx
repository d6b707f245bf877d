import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import type { StepId, StepStatus } from './model/workflowSteps';

type Props = { steps: readonly { id: StepId; status: StepStatus }[]; current: StepId; onGo(step: StepId): void };

/**
 * The steps of the assessment as buttons in order: any step may be opened at any time (a draft
 * is worked on in any order), the current one is marked with aria-current, and each says how far
 * it is in words as well as with its mark.
 */
export function WorkflowStepper({ steps, current, onGo }: Props) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('assessment.steps.label')} className="workflow-steps">
      <ol className="workflow-steps__list">
        {steps.map((step, index) => (
          <li key={step.id} className="workflow-steps__item">
            <button
              type="button"
              className={`workflow-step workflow-step--${step.status}${step.id === current ? ' workflow-step--current' : ''}`}
              aria-current={step.id === current ? 'step' : undefined}
              onClick={() => onGo(step.id)}
            >
              <span className="workflow-step__number" aria-hidden="true">
                {step.status === 'complete' ? (
                  <Icon name="check" />
                ) : step.status === 'attention' ? (
                  <Icon name="alert" />
                ) : (
                  index + 1
                )}
              </span>
              <span className="workflow-step__text">
                <span className="workflow-step__label">{t(`assessment.steps.${step.id}`)}</span>
                <span className="workflow-step__status">{t(`assessment.stepStatus.${step.status}`)}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
