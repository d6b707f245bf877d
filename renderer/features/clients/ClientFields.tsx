import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONSENT_SCOPES, LEGAL_STATUSES, SEXES } from '../../../electron/contract/clientChannels';
import { LANGUAGES } from '../../../electron/contract/schemas';
import { FormCheckboxesField, FormDateField, FormRadioField, FormSelectField, FormTextField } from '../../forms/FormFields';
import { NONE } from './clientForm';

/**
 * Groups of fields shared by the new-client page and the client page's dialogs. `prefix` places
 * them inside a larger form ('' at the top level, 'consent.' for a nested object).
 */
type Props<T extends FieldValues> = { control: Control<T>; prefix?: string };
const at = <T extends FieldValues>(prefix: string | undefined, name: string) => `${prefix ?? ''}${name}` as FieldPath<T>;

/** Name, date of birth, sex, language, unit and notes: all optional. */
export function IdentityFields<T extends FieldValues>({ control, prefix }: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      <FormTextField
        control={control}
        name={at<T>(prefix, 'fullName')}
        label={t('clients.fields.fullName')}
        description={t('clients.fields.fullNameHelp')}
      />
      <div className="form__row">
        <FormDateField control={control} name={at<T>(prefix, 'birthDate')} label={t('clients.fields.birthDate')} />
        <FormTextField
          control={control}
          name={at<T>(prefix, 'unit')}
          label={t('clients.fields.unit')}
          description={t('clients.fields.unitHelp')}
        />
      </div>
      <FormRadioField
        control={control}
        name={at<T>(prefix, 'sex')}
        label={t('clients.fields.sex')}
        options={[
          { id: NONE, label: t('clients.notRecorded') },
          ...SEXES.map((s) => ({ id: s, label: t(`clients.sexes.${s}`) })),
        ]}
      />
      <FormRadioField
        control={control}
        name={at<T>(prefix, 'language')}
        label={t('clients.fields.language')}
        options={[
          { id: NONE, label: t('clients.notRecorded') },
          ...LANGUAGES.map((l) => ({ id: l, label: t(`languages.${l}`) })),
        ]}
      />
      <FormTextField control={control} name={at<T>(prefix, 'notes')} label={t('clients.fields.notes')} multiline />
    </>
  );
}

/** The consent as read to the client: the day, what it covers, a note. */
export function ConsentFields<T extends FieldValues>({ control, prefix }: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      <FormDateField control={control} name={at<T>(prefix, 'givenOn')} label={t('clients.consent.givenOn')} />
      <FormCheckboxesField
        control={control}
        name={at<T>(prefix, 'scope')}
        label={t('clients.consent.scope')}
        options={CONSENT_SCOPES.map((s) => ({ id: s, label: t(`clients.scopes.${s}`) }))}
      />
      <FormTextField
        control={control}
        name={at<T>(prefix, 'note')}
        label={t('clients.consent.note')}
        description={t('clients.consent.noteHelp')}
      />
    </>
  );
}

/** The legal status as a select, optionally with "not recorded". */
export function LegalStatusSelect<T extends FieldValues>({
  control,
  name,
  allowNone,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  allowNone: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FormSelectField
      control={control}
      name={name}
      label={t('clients.legal.status')}
      options={[
        ...(allowNone ? [{ id: NONE, label: t('clients.notRecorded') }] : []),
        ...LEGAL_STATUSES.map((s) => ({ id: s, label: t(`clients.legalStatuses.${s}`) })),
      ]}
    />
  );
}
