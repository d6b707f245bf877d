import { useEffect, useState } from 'react';
import type { ConsentCoverage } from '../../../../common/consentCoverage';
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
import { ConsentGate, coverageOfRefusal } from '../../clients/consent/ConsentGate';

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

  // Consent (issue 12, item 4): a facilitator does not see the client's record, so the backend's
  // refusal is the warning; the enrolment goes ahead only with a reason written here.
  const [refused, setRefused] = useState<{ code: string; coverage: ConsentCoverage } | null>(null);
  const [reason, setReason] = useState('');
  const code = form.watch('code');
  const consent = refused?.code === code ? refused.coverage : null;

  const { dialog, reset } = useFormSubmit(
    form,
    (v) =>
      v.mode === 'code'
        ? call('groups:enrolByCode', {
            groupId,
            code: v.code,
            alias: v.alias,
            joinedOn: v.joinedOn,
            consentReason: consent === 'none' && reason.trim() !== '' ? reason.trim() : undefined,
          }).then((result) => {
            const coverage = result.ok ? null : coverageOfRefusal(result.error);
            if (coverage) setRefused({ code: v.code, coverage });
            return result;
          })
        : call('groups:registerMember', { groupId, alias: v.alias, language: v.language, joinedOn: v.joinedOn }),
    (member, v) => {
      form.reset(); // the error was cleared when this submit began
      setRefused(null);
      setReason('');
      onEnrolled(member, v.mode);
    },
  );
  const close = () => {
    reset();
    setRefused(null);
    setReason('');
    onClose();
  };
  const refusal = coverageOfRefusal(dialog.error);

  return (
    <FormDialog
      isOpen={mode !== null}
      title={mode === 'new' ? t('groups.enrol.newTitle') : t('groups.enrol.codeTitle')}
      intro={<p className="muted">{mode === 'new' ? t('groups.enrol.newIntro') : t('groups.enrol.codeIntro')}</p>}
      {...dialog}
      error={refusal ? null : dialog.error}
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
      {mode === 'code' && consent ? (
        <ConsentGate activity="group-therapy" coverage={consent} reason={reason} onReasonChange={setReason} />
      ) : null}
    </FormDialog>
  );
}
