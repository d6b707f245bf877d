import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { message } from '../../forms/validation';
import { useZodForm } from '../../forms/useZodForm';
import { IdentityFields } from './ClientFields';
import { DraftNotice } from './DraftNotice';
import { ProfileFields } from './ProfileFields';
import { useClientFormDraft } from './useClientFormDraft';
import { editProfileInput, editProfileSchema, editProfileValues } from './clientForm';

type Props = { client: ClientDetail; onClose: () => void; onSaved: (client: ClientDetail) => void };

/** Changes the profile; the code never changes. Mounted only while open, so it starts from the stored values. */
export function EditProfileDialog({ client, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [initial] = useState(() => editProfileValues(client));
  const form = useZodForm(editProfileSchema, initial);
  const draft = useClientFormDraft({ form: 'client-edit', clientId: client.id }, form, editProfileSchema, initial);
  const { dialog } = useFormSubmit(
    form,
    async (values) => {
      const result = await call('clients:update', { id: client.id, ...editProfileInput(values) });
      // The one rule the form cannot see: the re-entry plan's release date is before the new sentence start.
      if (!result.ok && result.error.details?.issues?.some((i) => i.path === 'sentenceStart')) {
        form.setError(
          'sentenceStart',
          { message: message('clients.profileFields.releaseBeforeSentence') },
          { shouldFocus: true },
        );
      }
      return result;
    },
    (saved) => void draft.forget().then(() => onSaved(saved)),
  );
  return (
    <FormDialog
      {...dialog}
      title={t('clients.profile.editTitle', { code: client.code })}
      onClose={() => void draft.forget().then(onClose)}
      submitLabel={t('common.save')}
      busyLabel={t('common.saving')}
    >
      <DraftNotice draft={draft} />
      <IdentityFields control={form.control} />
      <ProfileFields control={form.control} />
    </FormDialog>
  );
}
