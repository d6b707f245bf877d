import { DateField as AriaDateField, DateInput, type DateValue, DateSegment, Label } from 'react-aria-components';

type Props = { label: string; value: DateValue | null; onChange: (value: DateValue | null) => void };

/**
 * A date typed segment by segment (day, month, year in the order of the UI language's locale);
 * no calendar popup to fight with, and every segment is keyboard operable.
 */
export function DateField({ label, value, onChange }: Props) {
  return (
    <AriaDateField value={value} onChange={onChange} granularity="day" className="field field--date">
      <Label className="field__label">{label}</Label>
      <DateInput className="field__input date-input">
        {(segment) => <DateSegment segment={segment} className="date-input__segment" />}
      </DateInput>
    </AriaDateField>
  );
}

/** Start of the day in local time, as the backend stores times (ISO, UTC). */
export const startOfDayIso = (d: DateValue): string => new Date(d.year, d.month - 1, d.day).toISOString();
/** End of the day in local time. */
export const endOfDayIso = (d: DateValue): string => new Date(d.year, d.month - 1, d.day, 23, 59, 59, 999).toISOString();
