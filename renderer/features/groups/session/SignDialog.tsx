import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SessionNote } from '../../../../electron/contract/groupChannels';
import type { Result } from '../../../../electron/contract/errors';
import { passwordSchema } from '../../../../electron/contract/schemas';
import type { AppError } from '../../../api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';
import { FormPasswordField, FormTextField } from '../../../forms/FormFields';
import { useZodForm } from '../../../forms/useZodForm';
import { message } from '../../../forms/validation';
import { useCountdown } from '../../vault/useCountdown';

const schema = z.object({ mode: z.enum(['sign', 'addendum']), password: passwordSchema, text: z.string().trim().max(5000) }).superRefine((v, ctx) => {
  if (v.mode === 'addendum' && v.text.length === 0) ctx.addIssue({ code: 'custom', path: ['text'], message: message('validation.required') });
});

type Props = {
  mode: 'sign' | 'addendum' | null;
  onClose: () => void;
  beforeSign: () => Promise<boolean>;
  sign: (password: string, addendum: string) => Promise<Result<SessionNote>>;
  onSigned: (note: SessionNote) => void;
};

/**
 * Signing asks for the password again: a signature is a deliberate act of the person signed in,
 * not of whoever finds the screen unlocked. An addendum is written and signed in one step.
 */
export function SignDialog({ mode, onClose, beforeSign, sign, onSigned }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  // A wrong password slows the next try down (the backend's delay); the button waits for it.
  const countdown = useCountdown();
  const form = useZodForm(schema, { mode: 'sign', password: '', text: '' });
  const { isSubmitting } = form.formState;
  const { setValue } = form;
  useEffect(() => {
    if (mode) setValue('mode', mode);
  }, [mode, setValue]);

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    if (!(await beforeSign())) return;
    const result = await sign(v.password, v.text);
    if (!result.ok) {
      setError(result.error);
      if (result.error.details?.retryAfterMs) countdown.start(result.error.details.retryAfterMs);
      form.resetField('password');
      return form.setFocus('password');
    }
    form.reset();
    onSigned(result.value);
  });

  return (
    <Dialog isOpen={mode !== null} onOpenChange={(open) => !open && close()} title={mode === 'addendum' ? t('groups.note.addendumTitle') : t('groups.note.signTitle')} isBusy={isSubmitting}>
      <p>{mode === 'addendum' ? t('groups.note.addendumExplain') : t('groups.note.signExplain')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError error={error} messages={{ INVALID_CREDENTIALS: t('groups.note.wrongPassword') }} />
        {countdown.seconds > 0 ? (
          <p className="notice notice--wait" data-testid="sign-countdown">
            {t('signIn.retryIn', { seconds: countdown.seconds })}
          </p>
        ) : null}
        {mode === 'addendum' ? <FormTextField control={form.control} name="text" label={t('groups.note.addendumText')} multiline autoFocus /> : null}
        <FormPasswordField control={form.control} name="password" label={t('fields.password')} autoComplete="current-password" autoFocus={mode === 'sign'} />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting} isDisabled={countdown.seconds > 0}>
            {mode === 'addendum' ? t('groups.note.addAddendumSubmit') : t('groups.note.signSubmit')}
          </Button>
          <Button variant="quiet" onPress={close} isDisabled={isSubmitting}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
