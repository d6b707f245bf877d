import { useTranslation } from 'react-i18next';
import { NumberField } from '../../../components/NumberField';
import { say } from '../localized';
import type { ItemEditorProps } from './itemProps';

/**
 * A count or measure. The range is said in the help text and checked by validateAnswers rather
 * than clamped silently, so a mistyped 1200 is shown as a mistake, not turned into 999.
 */
export function NumberItem({ item, language, label, help, error, value, onChange }: ItemEditorProps<'number'>) {
  const { t } = useTranslation();
  const range = t('instruments.form.numberRange', { min: item.min, max: item.max });
  const unit = item.unit ? ` (${say(item.unit, language)})` : '';
  return (
    <NumberField
      label={label}
      description={
        <>
          {help ? <>{help} </> : null}
          {range}
          {unit}
        </>
      }
      value={typeof value === 'number' ? value : NaN}
      onChange={(v) => onChange(Number.isNaN(v) ? null : v)}
      step={item.integer ? 1 : undefined}
      isInvalid={Boolean(error)}
      errorMessage={error}
    />
  );
}
