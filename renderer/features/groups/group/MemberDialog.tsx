import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Member, aliasSchema } from '../../../../electron/contract/groupChannels';
import { LANGUAGES } from '../../../../electron/contract/schemas';
import { call } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { FormRadioField, FormTextField } from '../../../forms/FormFields';
import { useFormSubmit } from '../../../forms/useFormSubmit';
import { useZodForm } from '../../../forms/useZodForm';

/** A language the group does not know yet is 'none' in the form, so the radio group always has a value. */
const NONE = 'none';
const schema = z.object({ alias: aliasSchema, language: z.enum([NONE, ...LANGUAGES]) });

type Props = { member: Member | null; onClose: () => void; onSaved: (member: Member) => void };

/** The alias and language a member is shown with in this group; their client record stays as it is. */
export function MemberDialog({ member, onClose, onSaved }: Props) {
  return member ? <MemberForm key={member.id} member={member} onClose={onClose} onSaved={onSaved} /> : null;
}

function MemberForm({ member, onClose, onSaved }: { member: Member } & Omit<Props, 'member'>) {
  const { t } = useTranslation();
  const form = useZodForm(schema, { alias: member.alias, language: member.language ?? NONE });
  const { dialog } = useFormSubmit(
    form,
    (v) =>
      call('groups:updateMember', { memberId: member.id, alias: v.alias, language: v.language === NONE ? null : v.language }),
    onSaved,
  );
  const languages = [
    { id: NONE, label: t('groups.editMember.noLanguage') },
    ...LANGUAGES.map((language) => ({ id: language, label: t(`languages.${language}`), lang: language })),
  ];

  return (
    <FormDialog
      {...dialog}
      title={t('groups.editMember.title', { alias: member.alias })}
      intro={<p className="muted">{t('groups.editMember.help')}</p>}
      onClose={onClose}
      submitLabel={t('common.save')}
      busyLabel={t('common.saving')}
    >
      <FormTextField
        control={form.control}
        name="alias"
        label={t('groups.members.alias')}
        description={t('groups.enrol.aliasHelp')}
        autoFocus
      />
      <FormRadioField control={form.control} name="language" label={t('groups.members.language')} options={languages} />
    </FormDialog>
  );
}
