import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionNote } from '../../../../electron/contract/groupChannels';
import type { Result } from '../../../../electron/contract/errors';
import { TextField } from '../../../components/TextField';
import { PasswordConfirmDialog } from '../../vault/PasswordConfirmDialog';

/** The longest addendum the backend takes (groupChannels). */
const MAX_ADDENDUM = 5000;

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
  const [text, setText] = useState('');
  const addendum = mode === 'addendum';

  const submit = async (password: string) => {
    // Saving the draft failed: the editor shows why; the dialog stays for another try.
    if (!(await beforeSign())) return null;
    const result = await sign(password, addendum ? text.trim() : '');
    if (!result.ok) return result.error;
    setText('');
    onSigned(result.value);
    return null;
  };

  return (
    <PasswordConfirmDialog
      isOpen={mode !== null}
      title={addendum ? t('groups.note.addendumTitle') : t('groups.note.signTitle')}
      explain={addendum ? t('groups.note.addendumExplain') : t('groups.note.signExplain')}
      submitLabel={addendum ? t('groups.note.addAddendumSubmit') : t('groups.note.signSubmit')}
      wrongPasswordMessage={t('groups.note.wrongPassword')}
      canSubmit={!addendum || text.trim() !== ''}
      onSubmit={submit}
      onCancel={() => {
        setText('');
        onClose();
      }}
    >
      {addendum ? (
        <TextField
          label={t('groups.note.addendumText')}
          value={text}
          onChange={setText}
          maxLength={MAX_ADDENDUM}
          multiline
          autoFocus
        />
      ) : null}
    </PasswordConfirmDialog>
  );
}
