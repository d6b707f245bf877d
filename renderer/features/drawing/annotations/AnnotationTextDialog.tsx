import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ANNOTATION_TEXT } from '../../../../electron/contract/annotationChannels';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/TextField';
import type { AnnotationKind } from './useAnnotations';

type Props = {
  /** Null when closed. */
  open: { kind: AnnotationKind; text: string; editing: boolean } | null;
  onCancel: () => void;
  onSave: (text: string) => Promise<boolean>;
};

/** The text of a pin (optional) or a note (required), up to 500 characters. */
export function AnnotationTextDialog({ open, onCancel, onSave }: Props) {
  const { t } = useTranslation();
  // Mounted afresh (by key) for each mark, so the text starts from that mark's.
  const [text, setText] = useState(open?.text ?? '');
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState(false);
  if (!open) return null;
  const save = async () => {
    if (open.kind === 'note' && text.trim().length === 0) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    await onSave(text.trim());
    setBusy(false);
  };
  const title = open.editing ? t('drawing.annotations.editTitle') : t(`drawing.annotations.addTitle.${open.kind}`);
  return (
    <Dialog isOpen onOpenChange={(isOpen) => !isOpen && onCancel()} title={title} isBusy={busy}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField
          label={open.kind === 'note' ? t('drawing.annotations.noteText') : t('drawing.annotations.pinText')}
          description={t('drawing.annotations.textHelp', { max: MAX_ANNOTATION_TEXT })}
          value={text}
          onChange={setText}
          maxLength={MAX_ANNOTATION_TEXT}
          isInvalid={invalid}
          errorMessage={t('drawing.annotations.noteRequired')}
          multiline
          autoFocus
        />
        <div className="form__actions">
          <Button variant="primary" type="submit" isDisabled={busy}>
            {t('drawing.annotations.save')}
          </Button>
          <Button variant="quiet" onPress={onCancel} isDisabled={busy}>
            {t('drawing.annotations.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
