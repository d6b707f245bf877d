import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/** Numbered steps of a wizard; the current one is marked with aria-current="step". */
export function StepIndicator({ steps, current }: { steps: string[]; current: number }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('setup.progress')} className="steps">
      <ol className="steps__list">
        {steps.map((label, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li
              key={label}
              className={`steps__item steps__item--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="steps__number" aria-hidden="true">
                {state === 'done' ? <Icon name="check" /> : index + 1}
              </span>
              <span className="steps__label">
                {state === 'done' ? <span className="visually-hidden">{t('setup.stepDone')} </span> : null}
                {label}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
