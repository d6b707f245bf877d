import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SUPERVISOR_INSTALLATION_ROLES } from '../../../electron/contract/installationKind';
import { ROLES } from '../../../electron/contract/roles';
import { LANGUAGES } from '../../../electron/contract/schemas';
import { FormCheckboxesField, FormPasswordField, FormRadioField } from '../../forms/FormFields';
import { PasswordStrengthMeter } from '../vault/PasswordStrengthMeter';
import { useSignedIn } from '../vault/VaultContext';

type Bound<T extends FieldValues> = { control: Control<T>; name: FieldPath<T> };

/**
 * Roles as checkboxes, each with what it allows; at least one is required. A supervising department's installation
 * offers only admin and supervisor (issue 15; the backend refuses the others there).
 */
export function RolesField<T extends FieldValues>({ control, name }: Bound<T>) {
  const { t } = useTranslation();
  const { installationKind } = useSignedIn();
  const roles = installationKind === 'supervisor' ? SUPERVISOR_INSTALLATION_ROLES : ROLES;
  const options = roles.map((role) => ({ id: role, label: t(`roles.${role}`), description: t(`roleDescriptions.${role}`) }));
  return <FormCheckboxesField control={control} name={name} label={t('fields.roles')} options={options} />;
}

/** The language the person's screens open in, each named in itself. */
export function LanguageField<T extends FieldValues>({ control, name }: Bound<T>) {
  const { t } = useTranslation();
  const options = LANGUAGES.map((language) => ({ id: language, label: t(`languages.${language}`), lang: language }));
  return <FormRadioField control={control} name={name} label={t('fields.language')} options={options} />;
}

/** A temporary password someone else sets, measured against the person's own name and username. */
export function TemporaryPasswordField<T extends FieldValues>({
  control,
  name,
  username,
  fullName,
  autoFocus,
}: Bound<T> & { username: string; fullName: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <FormPasswordField
      control={control}
      name={name}
      label={t('fields.temporaryPassword')}
      description={t('accounts.temporaryHelp')}
      autoComplete="off"
      autoFocus={autoFocus}
      meter={(password) => <PasswordStrengthMeter password={password} username={username} fullName={fullName} />}
    />
  );
}
