import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ItemEditorProps } from './itemProps';

type IndicatorState = 'present' | 'absent' | 'notAssessed';

const stateOf = (value: unknown): IndicatorState => (value === true ? 'present' : value === false ? 'absent' : 'notAssessed');

/**
 * Present / absent / not assessed (issue 12, item 3): three states, one radio group, so that an
 * untouched indicator reads "not assessed" and is never taken for an observed absence. Arrow keys
 * move between the states, as in any radio group.
 */
export function IndicatorItem({ label, help, error, value, onChange }: ItemEditorProps<'indicator'>) {
  const { t } = useTranslation();
  const states: readonly IndicatorState[] = ['present', 'absent', 'notAssessed'];
  return (
    <RadioGroup
      value={stateOf(value)}
      onChange={(next) => onChange(next === 'present' ? true : next === 'absent' ? false : null)}
      orientation="horizontal"
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className="indicator"
    >
      <div className="indicator__text">
        <Label className="indicator__label">{label}</Label>
        {help ? (
          <Text slot="description" className="choice__description">
            {help}
          </Text>
        ) : null}
        {error ? <span className="field__error">{error}</span> : null}
      </div>
      <div className="indicator__states">
        {states.map((state) => (
          <Radio key={state} value={state} className={`indicator__state indicator__state--${state}`}>
            {t(`instruments.answer.${state}`)}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
