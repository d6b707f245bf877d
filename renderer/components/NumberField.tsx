import type { ReactNode } from 'react';
import {
  Button,
  Group,
  I18nProvider,
  Input,
  Label,
  NumberField as AriaNumberField,
  type NumberFieldProps as AriaNumberFieldProps,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Language, NUMBER_LOCALE_TAGS } from '../../common/format';
import { FieldErrorLine } from './FieldErrorLine';

type Props = Omit<AriaNumberFieldProps, 'children' | 'className'> & {
  label: ReactNode;
  description?: ReactNode;
  errorMessage?: string;
};

/**
 * A number with − and + buttons; arrow keys step too. Our own button labels, in our languages, and
 * Kazakh digits grouped as the rest of the app writes them (NUMBER_LOCALE_TAGS).
 */
export function NumberField({ label, description, errorMessage, ...props }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <I18nProvider locale={NUMBER_LOCALE_TAGS[i18n.language as Language] ?? NUMBER_LOCALE_TAGS.en}>
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
        <FieldErrorLine errorMessage={errorMessage} />
      </AriaNumberField>
    </I18nProvider>
  );
}
