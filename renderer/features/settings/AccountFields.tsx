import { CheckboxGroup, FieldError, Label, RadioGroup } from 'react-aria-components';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../electron/contract/roles';
import { LANGUAGES, type Language } from '../../../electron/contract/schemas';
import { CheckboxOption, RadioOption } from '../../components/Choice';
import { fieldErrorText } from '../../forms/validation';

type Bound<T extends FieldValues> = { control: Control<T>; name: FieldPath<T> };

/** Roles as checkboxes, each with what it allows; at least one is required. */
export function RolesField<T extends FieldValues>({ control, name }: Bound<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <CheckboxGroup
          className="field field--group"
          value={field.value as Role[]}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="field__label">{t('fields.roles')}</Label>
          <div className="choices">
            {ROLES.map((role) => (
              <CheckboxOption key={role} value={role} description={t(`roleDescriptions.${role}`)}>
                {t(`roles.${role}`)}
              </CheckboxOption>
            ))}
          </div>
          <FieldError className="field__error">{fieldErrorText(t, fieldState.error)}</FieldError>
        </CheckboxGroup>
      )}
    />
  );
}

/** The language the person's screens open in. */
export function LanguageField<T extends FieldValues>({ control, name }: Bound<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <RadioGroup
          className="field field--group"
          value={field.value as Language}
          onChange={field.onChange}
          orientation="horizontal"
        >
          <Label className="field__label">{t('fields.language')}</Label>
          <div className="choices choices--row">
            {LANGUAGES.map((language) => (
              <RadioOption key={language} value={language} lang={language}>
                {t(`languages.${language}`)}
              </RadioOption>
            ))}
          </div>
        </RadioGroup>
      )}
    />
  );
}
