import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Group,
  Input,
  Label,
  NumberField as AriaNumberField,
  type NumberFieldProps as AriaNumberFieldProps,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';

type Props = Omit<AriaNumberFieldProps, 'children' | 'className'> & {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: string;
};

/** A number with − and + buttons; arrow keys step too. Our own button labels, in our languages. */
export function NumberField({ label, description, errorMessage, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <AriaNumberField {...props} validationBehavior="aria" className="field field--number">
      <Label className="field__label">{label}</Label>
      <Group className="field__group">
        <Button slot="decrement" className="field__step" aria-label={t('common.decrease')}>
          −
        </Button>
        <Input className="field__input field__input--number" />
        <Button slot="increment" className="field__step" aria-label={t('common.increase')}>
          +
        </Button>
      </Group>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{errorMessage}</FieldError>
    </AriaNumberField>
  );
}
