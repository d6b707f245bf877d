import { CheckboxGroup, Label } from 'react-aria-components';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { CheckboxOption } from '../../../components/Choice';
import { useWeekdayNames } from '../text/useScheduleText';

/** Weekdays as seven checkboxes, Monday first; the form holds ISO numbers, sorted. */
export function WeekdaysField<T extends FieldValues>({
  control,
  name,
  label,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
}) {
  const weekday = useWeekdayNames();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <CheckboxGroup
          className="field field--group"
          value={(field.value as number[]).map(String)}
          onChange={(values) => field.onChange(values.map(Number).sort((a, b) => a - b))}
        >
          <Label className="field__label">{label}</Label>
          <div className="choices choices--row weekday-choices">
            {[1, 2, 3, 4, 5, 6, 7].map((day) => (
              <CheckboxOption key={day} value={String(day)}>
                {weekday(day, 'long')}
              </CheckboxOption>
            ))}
          </div>
        </CheckboxGroup>
      )}
    />
  );
}
