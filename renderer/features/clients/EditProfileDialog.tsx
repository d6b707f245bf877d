import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientDetail } from '../../../electron/contract/clientChannels';
import { call } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { useZodForm } from '../../forms/useZodForm';
import { IdentityFields } from './ClientFields';
import { DraftNotice } from './DraftNotice';
import { useClientFormDraft } from './useClientFormDraft';
import { identityInput, identitySchema, identityValues } from './clientForm';

type Props = { client: ClientDetail; onClose: () => void; onSaved: (client: ClientDetail) => void };

/** Changes the profile; the code never changes. Mounted only while open, so it starts from the stored values. */
export function EditProfileDialog({ client, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [initial] = useState(() => identityValues(client));
  const form = useZodForm(identitySchema, initial);
  const draft = useClientFormDraft({ form: 'client-edit', clientId: client.id }, form, identitySchema, initial);
  const { dialog } = useFormSubmit(
    form,
    (values) => call('clients:update', { id: client.id, ...identityInput(values) }),
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
    </FormDialog>
  );
}
