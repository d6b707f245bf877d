import { useState } from 'react';
import { Form } from 'react-aria-components';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { IDLE_TIMEOUT_MAX, IDLE_TIMEOUT_MIN, facilityNameSchema, idleTimeoutSchema } from '../../../electron/contract/schemas';
import { type AppError, call } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { NumberField } from '../../components/NumberField';
import { FormTextField } from '../../forms/FormFields';
import { useZodForm } from '../../forms/useZodForm';
import { fieldErrorText } from '../../forms/validation';
import { useSignedIn, useVault } from '../vault/VaultContext';

const schema = z.object({ idleTimeoutMinutes: idleTimeoutSchema, facilityName: facilityNameSchema });

/** Admins: minutes of inactivity before the screen locks, and the facility's name. */
export function FacilitySettingsForm() {
  const { t } = useTranslation();
  const session = useSignedIn();
  const { applySignedIn } = useVault();
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useZodForm(schema, { idleTimeoutMinutes: session.idleTimeoutMinutes, facilityName: session.facilityName });
  const { isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    setSaved(false);
    const result = await call('settings:update', values);
    if (!result.ok) return setError(result.error);
    applySignedIn(result.value);
    setSaved(true);
  });

  return (
    <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
      <FormError error={error} />
      <Controller
        control={form.control}
        name="idleTimeoutMinutes"
        render={({ field, fieldState }) => (
          <NumberField
            label={t('security.idleLabel')}
            description={t('security.idleHelp', { min: IDLE_TIMEOUT_MIN, max: IDLE_TIMEOUT_MAX })}
            minValue={IDLE_TIMEOUT_MIN}
            maxValue={IDLE_TIMEOUT_MAX}
            step={1}
            value={field.value}
            onChange={(v) => {
              setSaved(false);
              field.onChange(v);
            }}
            onBlur={field.onBlur}
            isInvalid={fieldState.invalid}
            errorMessage={fieldErrorText(t, fieldState.error)}
          />
        )}
      />
      <FormTextField
        control={form.control}
        name="facilityName"
        label={t('fields.facilityName')}
        description={t('security.facilityHelp')}
      />
      <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
        {saved ? t('common.saved') : null}
      </p>
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" isPending={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('common.save')}
        </Button>
      </div>
    </Form>
  );
}
