import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Member } from '../../../../electron/contract/groupChannels';
import { type Language, languageSchema } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { FormError } from '../../../components/FormError';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { FormTextField } from '../../../forms/FormFields';
import { useZodForm } from '../../../forms/useZodForm';
import { message } from '../../../forms/validation';
import { currentLanguage } from '../../../i18n';
import { FormDateField } from '../fields/GroupFields';
import { localCalendarDate } from '../model/calendar';

export type EnrolMode = 'code' | 'new';

const CODE = /^[2-9A-HJKMNP-TV-Z]{8}$/;
const schema = z
  .object({
    mode: z.enum(['code', 'new']),
    code: z.string(),
    alias: z.string().trim().min(1).max(60),
    language: languageSchema,
    joinedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message('validation.required')),
  })
  .superRefine((v, ctx) => {
    const code = v.code.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
    if (v.mode === 'code' && !CODE.test(code)) ctx.addIssue({ code: 'custom', path: ['code'], message: message('groups.enrol.codeFormat') });
  });

type Props = { groupId: string; mode: EnrolMode | null; onClose: () => void; onEnrolled: (member: Member, mode: EnrolMode) => void };

/**
 * Enrolling: an existing client by the code the facilitator reads from their card, or someone
 * without a record, registered with only an alias and a language (the answer carries their new code).
 */
export function EnrolDialog({ groupId, mode, onClose, onEnrolled }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const form = useZodForm(schema, { mode: 'code', code: '', alias: '', language: currentLanguage(), joinedOn: localCalendarDate(new Date()) });
  const { isSubmitting } = form.formState;
  const language = form.watch('language');
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
    const result =
      v.mode === 'code'
        ? await call('groups:enrolByCode', { groupId, code: v.code, alias: v.alias, joinedOn: v.joinedOn })
        : await call('groups:registerMember', { groupId, alias: v.alias, language: v.language, joinedOn: v.joinedOn });
    if (!result.ok) return setError(result.error);
    form.reset();
    onEnrolled(result.value, v.mode);
  });

  return (
    <Dialog
      isOpen={mode !== null}
      onOpenChange={(open) => !open && close()}
      title={mode === 'new' ? t('groups.enrol.newTitle') : t('groups.enrol.codeTitle')}
      isBusy={isSubmitting}
    >
      <p className="muted">{mode === 'new' ? t('groups.enrol.newIntro') : t('groups.enrol.codeIntro')}</p>
      <Form onSubmit={(e) => void submit(e)} validationBehavior="aria" className="form">
        <FormError
          error={error}
          messages={{ NOT_FOUND: t('groups.enrol.noSuchCode'), ALREADY_MEMBER: t('groups.enrol.alreadyMember') }}
        />
        {mode === 'code' ? (
          <FormTextField control={form.control} name="code" label={t('groups.members.code')} description={t('groups.enrol.codeHelp')} inputClassName="field__input--mono" autoFocus />
        ) : null}
        <FormTextField
          control={form.control}
          name="alias"
          label={t('groups.members.alias')}
          description={t('groups.enrol.aliasHelp')}
          autoFocus={mode === 'new'}
        />
        {mode === 'new' ? (
          <LanguageChoice value={language} onChange={(l: Language) => form.setValue('language', l)} size="large" label={t('groups.members.language')} />
        ) : null}
        <FormDateField control={form.control} name="joinedOn" label={t('groups.members.joined')} />
        <div className="form__actions">
          <Button type="submit" variant="primary" isPending={isSubmitting}>
            {mode === 'new' ? t('groups.enrol.register') : t('groups.enrol.enrol')}
          </Button>
          <Button variant="quiet" isDisabled={isSubmitting} onPress={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
