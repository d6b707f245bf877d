import { parseDate } from '@internationalized/date';
import { DateField as AriaDateField, DateInput, DateSegment, FieldError, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../electron/contract/schemas';
import { formatCalendarDate } from '../../i18n/format';
import { type DateProblem, type DateValues } from './reentryValues';

type Props = {
  dates: DateValues;
  sentenceStart: string | null;
  sentenceEnd: string | null;
  problem: DateProblem | null;
  onChange: (change: Partial<DateValues>) => void;
};

const toDate = (text: string) => {
  if (text === '') return null;
  try {
    return parseDate(text);
  } catch {
    return null;
  }
};

/** Release date and end of probation, typed in place, with the sentence (from the profile) they are checked against. */
export function KeyDates({ dates, sentenceStart, sentenceEnd, problem, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const show = (d: string | null) => (d ? formatCalendarDate(language, d) : '…');
  const errorText = (field: DateProblem['field']) => {
    if (problem?.field !== field) return undefined;
    return problem.kind === 'releaseBeforeSentence'
      ? t('reentry.errors.releaseBeforeSentence', { date: formatCalendarDate(language, problem.sentenceStart) })
      : t('reentry.errors.probationBeforeRelease');
  };
  const field = (name: keyof DateValues, label: string) => (
    <AriaDateField
      value={toDate(dates[name])}
      onChange={(value) => onChange({ [name]: value ? value.toString() : '' })}
      granularity="day"
      isInvalid={problem?.field === name}
      validationBehavior="aria"
      className="field field--date"
    >
      <Label className="field__label">{label}</Label>
      <DateInput className="field__input date-input">
        {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
      </DateInput>
      <FieldError className="field__error">{errorText(name)}</FieldError>
    </AriaDateField>
  );
  return (
    <div className="reentry-dates">
      {field('releaseDate', t('reentry.releaseDate'))}
      {field('probationEnd', t('reentry.probationEnd'))}
      <div className="reentry-dates__sentence">
        <span className="field__label">{t('reentry.sentence')}</span>
        <span>
          {sentenceStart || sentenceEnd ? (
            t('reentry.sentenceRange', { start: show(sentenceStart), end: show(sentenceEnd) })
          ) : (
            <span className="muted">{t('reentry.notSet')}</span>
          )}
        </span>
      </div>
    </div>
  );
}
