import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Member, aliasSchema } from '../../../../electron/contract/groupChannels';
import { type Language, languageSchema } from '../../../../electron/contract/schemas';
import { call } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { LanguageChoice } from '../../../components/LanguageChoice';
import { FormDateField, FormTextField } from '../../../forms/FormFields';
import { useFormSubmit } from '../../../forms/useFormSubmit';
import { useZodForm } from '../../../forms/useZodForm';
import { message } from '../../../forms/validation';
import { currentLanguage } from '../../../i18n';
import { localCalendarDate } from '../model/calendar';

export type EnrolMode = 'code' | 'new';

const CODE = /^[2-9A-HJKMNP-TV-Z]{8}$/;
const schema = z
  .object({
    mode: z.enum(['code', 'new']),
    code: z.string(),
    alias: aliasSchema,
    language: languageSchema,
    joinedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message('validation.required')),
  })
  .superRefine((v, ctx) => {
    const code = v.code.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
    if (v.mode === 'code' && !CODE.test(code))
      ctx.addIssue({ code: 'custom', path: ['code'], message: message('groups.enrol.codeFormat') });
  });

type Props = {
  groupId: string;
  mode: EnrolMode | null;
  onClose: () => void;
  onEnrolled: (member: Member, mode: EnrolMode) => void;
};

/**
 * Enrolling: an existing client by the code the facilitator reads from their card, or someone
 * without a record, registered with only an alias and a language (the answer carries their new code).
 */
export function EnrolDialog({ groupId, mode, onClose, onEnrolled }: Props) {
  const { t } = useTranslation();
  const form = useZodForm(schema, {
    mode: 'code',
    code: '',
    alias: '',
    language: currentLanguage(),
    joinedOn: localCalendarDate(new Date()),
  });
  const language = form.watch('language');
  const { setValue } = form;
  useEffect(() => {
    if (mode) setValue('mode', mode);
  }, [mode, setValue]);

  const { dialog, reset } = useFormSubmit(
    form,
    (v) =>
      v.mode === 'code'
        ? call('groups:enrolByCode', { groupId, code: v.code, alias: v.alias, joinedOn: v.joinedOn })
        : call('groups:registerMember', { groupId, alias: v.alias, language: v.language, joinedOn: v.joinedOn }),
    (member, v) => {
      form.reset(); // the error was cleared when this submit began
      onEnrolled(member, v.mode);
    },
  );
  const close = () => {
    reset();
    onClose();
  };

  return (
    <FormDialog
      isOpen={mode !== null}
      title={mode === 'new' ? t('groups.enrol.newTitle') : t('groups.enrol.codeTitle')}
      intro={<p className="muted">{mode === 'new' ? t('groups.enrol.newIntro') : t('groups.enrol.codeIntro')}</p>}
      {...dialog}
      errorMessages={{ NOT_FOUND: t('groups.enrol.noSuchCode'), ALREADY_MEMBER: t('groups.enrol.alreadyMember') }}
      onClose={close}
      submitLabel={mode === 'new' ? t('groups.enrol.register') : t('groups.enrol.enrol')}
    >
      {mode === 'code' ? (
        <FormTextField
          control={form.control}
          name="code"
          label={t('groups.members.code')}
          description={t('groups.enrol.codeHelp')}
          inputClassName="field__input--mono"
          autoFocus
        />
      ) : null}
      <FormTextField
        control={form.control}
        name="alias"
        label={t('groups.members.alias')}
        description={t('groups.enrol.aliasHelp')}
        autoFocus={mode === 'new'}
      />
      {mode === 'new' ? (
        <LanguageChoice
          value={language}
          onChange={(l: Language) => form.setValue('language', l)}
          size="large"
          label={t('groups.members.language')}
        />
      ) : null}
      <FormDateField control={form.control} name="joinedOn" label={t('groups.members.joined')} />
    </FormDialog>
  );
}
