import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../electron/contract/schemas';
import { ORGANISATION_LIMITS } from '../../../electron/contract/directoryChannels';
import {
  FormCheckboxesField,
  FormDateField,
  FormNumberField,
  FormRadioField,
  FormSelectField,
  FormTextField,
} from '../../forms/FormFields';
import { useKindText } from './kindText';
import type { OrganisationFormValues } from './organisationForm';

type Props = { control: Control<OrganisationFormValues>; isEmployer: boolean };

/** The organisation's fields in three groups; the employer's group only for employers (issue 17 §1). */
export function OrganisationFields({ control, isEmployer }: Props) {
  const { t } = useTranslation();
  const { kindOptions } = useKindText();
  return (
    <>
      <fieldset className="directory-form__group">
        <legend>{t('directory.form.organisation')}</legend>
        <FormSelectField control={control} name="kind" label={t('directory.fields.kind')} options={kindOptions} />
        <FormTextField control={control} name="name" label={t('directory.fields.name')} isRequired />
        <div className="form__row">
          <FormTextField control={control} name="city" label={t('directory.fields.city')} />
          <FormTextField control={control} name="district" label={t('directory.fields.district')} />
        </div>
        <FormTextField control={control} name="address" label={t('directory.fields.address')} />
        <FormCheckboxesField
          control={control}
          name="languages"
          label={t('directory.fields.languages')}
          description={t('directory.form.languagesHelp')}
          options={LANGUAGES.map((l) => ({ id: l, label: t(`directory.languages.${l}`) }))}
        />
      </fieldset>
      <fieldset className="directory-form__group">
        <legend>{t('directory.form.contacts')}</legend>
        <div className="form__row">
          <FormTextField control={control} name="phone" label={t('directory.fields.phone')} type="tel" />
          <FormTextField control={control} name="email" label={t('directory.fields.email')} type="email" />
        </div>
        <FormTextField control={control} name="contactPerson" label={t('directory.fields.contactPerson')} />
        <FormTextField control={control} name="notes" label={t('directory.fields.notes')} multiline />
      </fieldset>
      {isEmployer ? (
        <fieldset className="directory-form__group">
          <legend>{t('directory.form.employer')}</legend>
          <FormTextField control={control} name="sector" label={t('directory.fields.sector')} />
          <div className="form__row">
            <FormNumberField
              control={control}
              name="quotaPlaces"
              label={t('directory.fields.quotaPlaces')}
              minValue={0}
              maxValue={ORGANISATION_LIMITS.quotaPlaces}
            />
            <FormDateField control={control} name="quotaUpdatedOn" label={t('directory.fields.quotaUpdatedOn')} />
          </div>
          <FormTextField
            control={control}
            name="vacancies"
            label={t('directory.fields.vacancies')}
            description={t('directory.form.vacanciesHelp')}
            multiline
          />
          <div className="form__row">
            <FormNumberField
              control={control}
              name="wageMin"
              label={t('directory.fields.wageMin')}
              minValue={0}
              maxValue={ORGANISATION_LIMITS.wage}
            />
            <FormNumberField
              control={control}
              name="wageMax"
              label={t('directory.fields.wageMax')}
              minValue={0}
              maxValue={ORGANISATION_LIMITS.wage}
            />
          </div>
          <FormTextField control={control} name="shifts" label={t('directory.fields.shifts')} />
          <FormRadioField
            control={control}
            name="acceptsConvictions"
            label={t('directory.fields.acceptsConvictions')}
            options={[
              { id: 'yes', label: t('directory.yes') },
              { id: 'no', label: t('directory.no') },
              { id: 'unknown', label: t('directory.unknown') },
            ]}
          />
        </fieldset>
      ) : null}
    </>
  );
}
