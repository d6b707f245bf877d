import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { fullNameSchema, newUsernameSchema, passwordSchema } from '../../../electron/contract/schemas';
import type { AppError } from '../../api';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { PageTitle } from '../../components/Page';
import { FormPasswordField, FormTextField } from '../../forms/FormFields';
import { FormUsernameField } from '../../forms/FormUsernameField';
import { useZodForm } from '../../forms/useZodForm';
import { checkNewPassword } from '../../forms/newPassword';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';

export type AdminDraft = { fullName: string; username: string };

const schema = z
  .object({ fullName: fullNameSchema, username: newUsernameSchema, password: passwordSchema, confirm: z.string() })
  .superRefine((values, ctx) => checkNewPassword(values, values, ctx));

type Props = {
  initial: AdminDraft;
  error: AppError | null;
  onBack: (draft: AdminDraft) => void;
  /** Creates the vault (scrypt: a second or two); the form shows progress until it returns. */
  onSubmit: (values: AdminDraft & { password: string }) => Promise<void>;
};

/** Step 3: the first administrator, whose password opens the vault. */
export function StepAdmin({ initial, error, onBack, onSubmit }: Props) {
  const { t } = useTranslation();
  const form = useZodForm(schema, { ...initial, password: '', confirm: '' });
  const [username, fullName] = form.watch(['username', 'fullName']);
  const { isSubmitting } = form.formState;
  const submit = form.handleSubmit((values) => onSubmit(values));

  return (
    <>
      <PageTitle focusOnMount={false}>{t('setup.admin.title')}</PageTitle>
      <p className="lead">{t('setup.admin.intro')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} />
        <FormTextField control={form.control} name="fullName" label={t('fields.fullName')} autoComplete="name" autoFocus />
        <FormUsernameField
          control={form.control}
          name="username"
          label={t('fields.username')}
          description={t('fields.usernameHelp')}
          autoComplete="username"
        />
        <FormPasswordField
          control={form.control}
          name="password"
          label={t('fields.password')}
          autoComplete="new-password"
          meter={(password) => <PasswordStrengthMeter password={password} username={username} fullName={fullName} />}
        />
        <FormPasswordField
          control={form.control}
          name="confirm"
          label={t('fields.confirmPassword')}
          autoComplete="new-password"
        />
        {/* The live region is always present, so the progress message is announced when it appears. */}
        <p role="status" className={isSubmitting ? 'notice notice--info' : 'visually-hidden'}>
          {isSubmitting ? t('setup.admin.working') : null}
        </p>
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {isSubmitting ? t('setup.admin.creating') : t('setup.admin.create')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={() => onBack(form.getValues())}>
            {t('common.back')}
          </Button>
        </div>
      </Form>
    </>
  );
}
