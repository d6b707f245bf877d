import type { ReactNode } from 'react';
import { FieldError, Label, RadioButton, RadioField, RadioGroup, Text } from 'react-aria-components';

export type ScalePoint = { value: number; label?: string };

type Props = {
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  points: readonly ScalePoint[];
  value: number | null;
  onChange(value: number): void;
  /** Show each point's number (the psychologist's form); the client's view hides scores. */
  showValues?: boolean;
  size?: 'normal' | 'large';
};

/**
 * A row of equal answer buttons for ratings and answer scales (0 … 3, 0 … 5). A radio group:
 * Tab enters it, arrow keys move and choose, as in the WAI-ARIA radio group pattern.
 */
export function ScaleChoice({ label, help, error, points, value, onChange, showValues = true, size = 'normal' }: Props) {
  return (
    <RadioGroup
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
      orientation="horizontal"
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className={`field scale scale--${size}`}
    >
      <Label className="field__label">{label}</Label>
      {help ? (
        <Text slot="description" className="field__description">
          {help}
        </Text>
      ) : null}
      <div className="scale__points">
        {points.map((point) => (
          <RadioField key={point.value} value={String(point.value)} className="scale__point">
            <RadioButton className="scale__button">
              {showValues ? <span className="scale__value">{point.value}</span> : null}
              {point.label ? <span className="scale__label">{point.label}</span> : null}
            </RadioButton>
          </RadioField>
        ))}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </RadioGroup>
  );
}
