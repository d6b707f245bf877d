import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EDUCATION_LEVELS, LITERACY_LEVELS } from '../../../electron/contract/clientChannels';
import { FormDateField, FormRadioField, FormSelectField } from '../../forms/FormFields';
import { type EditProfileValues, NONE, READ_ALOUD } from './clientForm';

/**
 * Issue 17 §5 in the edit dialog: education and literacy (both shape how an assessment is given and read),
 * whether questionnaires are read aloud, and the sentence dates the re-entry plan is checked against.
 */
export function ProfileFields({ control }: { control: Control<EditProfileValues> }) {
  const { t } = useTranslation();
  const notRecorded = { id: NONE, label: t('clients.notRecorded') };
  return (
    <>
      <div className="form__row">
        <FormSelectField
          control={control}
          name="educationLevel"
          label={t('clients.profileFields.educationLevel')}
          options={[
            notRecorded,
            ...EDUCATION_LEVELS.map((l) => ({ id: l, label: t(`clients.profileFields.educationLevels.${l}`) })),
          ]}
        />
        <FormSelectField
          control={control}
          name="literacy"
          label={t('clients.profileFields.literacy')}
          options={[
            notRecorded,
            ...LITERACY_LEVELS.map((l) => ({ id: l, label: t(`clients.profileFields.literacyLevels.${l}`) })),
          ]}
        />
      </div>
      <FormRadioField
        control={control}
        name="readAloud"
        label={t('clients.profileFields.readAloud')}
        options={[
          notRecorded,
          ...READ_ALOUD.map((v) => ({
            id: v,
            label: t(v === 'yes' ? 'clients.profileFields.readAloudYes' : 'clients.profileFields.readAloudNo'),
          })),
        ]}
      />
      <div className="form__row">
        <FormDateField control={control} name="sentenceStart" label={t('clients.profileFields.sentenceStart')} />
        <FormDateField control={control} name="sentenceEnd" label={t('clients.profileFields.sentenceEnd')} />
      </div>
    </>
  );
}
