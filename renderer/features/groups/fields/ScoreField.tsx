import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField';
import { readScore } from '../model/attendanceGrid';

type Props = {
  label: string;
  value: number | null;
  range: { min: number; max: number };
  readOnly: boolean;
  onChange(value: number | null): void;
  /** True while the text typed cannot be taken as a score (the line is held back from saving). */
  onInvalid(invalid: boolean): void;
};

const textOf = (value: number | null): string => (value === null ? '' : String(value));

/**
 * A whole-number score typed into the grid. Every keystroke is read at once (no commit on blur,
 * so the click that moves on to the next cell is never spent on a re-render); a number outside the
 * range or not a whole number is refused right here, with a message, and nothing is stored for it.
 */
export function ScoreField({ label, value, range, readOnly, onChange, onInvalid }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => textOf(value));
  const [shown, setShown] = useState(value);
  // A score changed elsewhere (the member's own entry, a save's answer) replaces the text, unless the text says the same.
  if (value !== shown) {
    setShown(value);
    const reading = readScore(text, range);
    if (!reading.ok || reading.value !== value) setText(textOf(value));
  }
  const reading = readScore(text, range);

  const change = (next: string) => {
    setText(next);
    const read = readScore(next, range);
    onInvalid(!read.ok);
    if (read.ok && read.value !== value) {
      setShown(read.value);
      onChange(read.value);
    }
  };

  const error = reading.ok
    ? undefined
    : reading.problem === 'outOfRange'
      ? t('groups.grid.scoreOutOfRange', { value: text.trim(), min: range.min, max: range.max })
      : t('groups.grid.scoreNotWhole', { min: range.min, max: range.max });
  return (
    <div className="attendance__mood">
      <TextField
        label={<span className="visually-hidden">{label}</span>}
        value={text}
        onChange={change}
        inputMode="numeric"
        autoComplete="off"
        isReadOnly={readOnly}
        isInvalid={!reading.ok}
        errorMessage={error}
        inputClassName="attendance__score"
      />
    </div>
  );
}
