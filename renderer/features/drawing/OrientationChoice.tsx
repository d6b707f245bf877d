import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ORIENTATIONS, type Orientation } from '../../../assessments/drawing/page';
import { RadioOption } from '../../components/Choice';

type Props = { value: Orientation; onChange(orientation: Orientation): void; orientation?: 'horizontal' | 'vertical' };

/** Portrait or landscape, for a page whose instrument leaves the choice (new drawing, paper scan, assessment page). */
export function OrientationChoice({ value, onChange, orientation = 'horizontal' }: Props) {
  const { t } = useTranslation();
  return (
    <RadioGroup value={value} onChange={(v) => onChange(v as Orientation)} orientation={orientation} className="drawing-choice">
      <Label className="field__label">{t('drawing.new.orientation')}</Label>
      <div className="drawing-choice__options">
        {ORIENTATIONS.map((o) => (
          <RadioOption key={o} value={o}>
            {t(`drawing.orientation.${o}`)}
          </RadioOption>
        ))}
      </div>
    </RadioGroup>
  );
}
