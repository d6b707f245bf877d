import { useEffect, useMemo, useRef, useState } from 'react';
import { ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  type AnswerValue,
  type FormState,
  type Instrument,
  type Item,
  type Language,
  enterAnswer,
  formStatus,
} from '../../../assessments/instruments';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ClientChoice } from './ClientChoice';
import { askedItems, dropSkipped } from './clientSequence';
import { FormContext } from './formContext';
import { ItemEditor } from './items/ItemEditor';
import { say } from './localized';
import './clientMode.css';

type Props = {
  definition: Instrument;
  /** The client's language, chosen for them; independent of the psychologist's UI language. */
  language: Language;
  value: FormState;
  onChange(next: FormState): void;
  /** The client pressed Finish on the last question. */
  onFinish?(): void;
  /** Focus the first screen's heading on mount (client mode); a preview leaves focus on its page. */
  focusOnMount?: boolean;
};

type Step = { kind: 'intro' } | { kind: 'item'; id: string } | { kind: 'done' };

/**
 * A questionnaire as the client fills it in: the instructions, then one question at a time with
 * very large answer buttons, Back and Next, and progress; every word in the client's language and
 * no score anywhere. It edits the same answers state as the psychologist's form. The workflow
 * (issue 5) shows it in locked client mode; this component knows nothing about locking.
 */
export function QuestionnaireClientMode({ definition, language, value, onChange, onFinish, focusOnMount = true }: Props) {
  const { t } = useTranslation(undefined, { lng: language });
  const [step, setStep] = useState<Step>({ kind: 'intro' });
  const items = askedItems(definition, value);
  const index = step.kind === 'item' ? items.findIndex((i) => i.id === step.id) : -1;
  const item = index >= 0 ? items[index] : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  /** Where Next or Finish was going when the question had no answer: the client is asked once more (issue 10). */
  const [leavingTo, setLeavingTo] = useState<number | null>(null);

  // Each new screen is announced: focus goes to its heading (the question itself).
  useEffect(() => {
    if (mounted.current || focusOnMount) heading.current?.focus();
    mounted.current = true;
  }, [step, focusOnMount]);

  const go = (to: number) => {
    if (to < 0) setStep({ kind: 'intro' });
    else if (to >= items.length) {
      setStep({ kind: 'done' });
      onFinish?.();
    } else setStep({ kind: 'item', id: items[to]!.id });
  };
  const answer = (itemId: string, v: AnswerValue) => onChange(dropSkipped(definition, enterAnswer(value, itemId, v), itemId));
  const unanswered = (id: string) => {
    const v = value.answers[id]?.value;
    return v === undefined || v === null;
  };
  // Never forces an answer: a client may not want to answer, and the psychologist sees what is missing.
  const next = (to: number) => (item && unanswered(item.id) ? setLeavingTo(to) : go(to));

  return (
    <div className="client-q" lang={language}>
      {item ? (
        <ProgressBar
          value={index + 1}
          minValue={0}
          maxValue={items.length}
          valueLabel={t('instruments.client.progress', { n: index + 1, total: items.length })}
          aria-label={t('instruments.client.progressLabel')}
          className="client-q__progress"
        >
          {({ percentage, valueText }) => (
            <>
              <span className="client-q__progress-text">{valueText}</span>
              <span className="client-q__track" aria-hidden="true">
                {/* A width is the one thing a class cannot say; React sets it through the CSSOM, which the CSP allows. */}
                <span className="client-q__fill" style={{ width: `${percentage ?? 0}%` }} />
              </span>
            </>
          )}
        </ProgressBar>
      ) : null}
      <div className="client-q__card">
        {step.kind === 'intro' ? (
          <>
            <h2 ref={heading} tabIndex={-1} className="client-q__question">
              {t('instruments.client.welcome')}
            </h2>
            <p className="client-q__instructions">{say(definition.instructions, language)}</p>
            {/* Issue 13 §3: the notice travels with the text; it is not a question to the client. */}
            {definition.copyright ? (
              <p className="client-q__copyright" data-testid="client-copyright">
                {definition.copyright}
              </p>
            ) : null}
          </>
        ) : null}
        {item ? (
          <>
            <p className="client-q__reminder">{say(definition.instructions, language)}</p>
            <h2 ref={heading} tabIndex={-1} className="client-q__question">
              {say(item.label, language)}
            </h2>
            <ClientAnswer
              definition={definition}
              item={item}
              language={language}
              value={value}
              onAnswer={(v) => answer(item.id, v)}
            />
          </>
        ) : null}
        {step.kind === 'done' ? (
          <>
            <h2 ref={heading} tabIndex={-1} className="client-q__question">
              {t('instruments.client.thanks')}
            </h2>
            <p className="client-q__instructions">{t('instruments.client.tellPsychologist')}</p>
          </>
        ) : null}
      </div>
      <div className="client-q__nav">
        {step.kind !== 'intro' ? (
          <Button className="client-q__button" onPress={() => (step.kind === 'done' ? go(items.length - 1) : go(index - 1))}>
            {t('instruments.client.back')}
          </Button>
        ) : null}
        {step.kind === 'intro' ? (
          <Button variant="primary" className="client-q__button" onPress={() => go(0)}>
            {t('instruments.client.begin')}
          </Button>
        ) : null}
        {item ? (
          <Button variant="primary" className="client-q__button" onPress={() => next(index + 1)}>
            {t(index === items.length - 1 ? 'instruments.client.finish' : 'instruments.client.next')}
          </Button>
        ) : null}
      </div>
      <Dialog
        isOpen={leavingTo !== null}
        onOpenChange={(open) => open || setLeavingTo(null)}
        role="alertdialog"
        title={<span lang={language}>{t('instruments.client.unanswered.title')}</span>}
      >
        <div lang={language}>
          <p>{t('instruments.client.unanswered.body')}</p>
          <div className="form__actions">
            <Button className="client-q__button" onPress={() => setLeavingTo(null)} autoFocus>
              {t('instruments.client.unanswered.answer')}
            </Button>
            <Button
              variant="primary"
              className="client-q__button"
              onPress={() => {
                const to = leavingTo;
                setLeavingTo(null);
                if (to !== null) go(to);
              }}
            >
              {t('instruments.client.unanswered.skip')}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}

type AnswerProps = { definition: Instrument; item: Item; language: Language; value: FormState; onAnswer(v: AnswerValue): void };

function ClientAnswer({ definition, item, language, value, onAnswer }: AnswerProps) {
  const current = value.answers[item.id]?.value;
  const status = useMemo(() => formStatus(definition, value), [definition, value]);
  if (item.kind === 'response' || item.kind === 'singleChoice') {
    const options =
      item.kind === 'response'
        ? (definition.responseScales.find((s) => s.id === item.responseScale)?.options ?? []).map((o) => ({
            value: String(o.value),
            label: say(o.label, language),
          }))
        : item.options.map((o) => ({ value: o.value, label: say(o.label, language) }));
    return (
      <ClientChoice
        label={say(item.label, language)}
        options={options}
        value={current === undefined || current === null ? null : String(current)}
        onChange={(v) => onAnswer(item.kind === 'response' ? Number(v) : v)}
      />
    );
  }
  // Other kinds do not occur in today's questionnaires; they get the ordinary input, without scores.
  const context = {
    def: definition,
    language,
    readOnly: false,
    state: value,
    status,
    suggestions: [],
    numbers: new Map(),
    markWorkingItems: false,
    update: () => undefined,
  };
  return (
    <FormContext.Provider value={context}>
      <div className="client-q__other">
        <ItemEditor item={item} label={say(item.label, language)} onChange={onAnswer} />
      </div>
    </FormContext.Provider>
  );
}
