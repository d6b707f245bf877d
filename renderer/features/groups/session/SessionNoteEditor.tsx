import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail, SessionNote } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { TextField } from '../../../components/TextField';
import { formatDateTime } from '../../../i18n/format';
import { SignDialog } from './SignDialog';

type Props = {
  session: SessionDetail;
  draft: string | undefined;
  onDraft: (text: string | undefined) => void;
  onNote: (note: SessionNote) => void;
};

/**
 * The group's session note: a draft while it is written, signed with the password, then
 * read-only; corrections are signed, dated addenda shown under the original.
 */
export function SessionNoteEditor({ session, draft, onDraft, onNote }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const note = session.note;
  const [text, setText] = useState(draft ?? note.text);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'sign' | 'addendum' | null>(null);
  const dirty = text !== note.text;
  const signed = note.status === 'signed';

  const change = (next: string) => {
    setText(next);
    setSavedAt(null);
    onDraft(next !== note.text ? next : undefined);
  };

  const saveDraft = async (): Promise<boolean> => {
    setError(null);
    setSaving(true);
    const result = await call('groupSessions:saveNote', { sessionId: session.id, text });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    onDraft(undefined);
    onNote(result.value);
    setSavedAt(result.value.updatedAt);
    return true;
  };

  return (
    <section className="session-note" aria-labelledby="note-title">
      <h2 id="note-title">{t('groups.note.title')}</h2>
      <p className="muted">{t(`groups.note.status.${note.status}`)}</p>
      <FormError error={error} />
      {signed ? (
        <>
          <div className="session-note__signed" data-testid="signed-note">
            <p className="session-note__text">{note.text}</p>
            <p className="session-note__signature">
              {t('groups.note.signedBy', {
                name: note.signature?.by.fullName ?? '',
                date: note.signature ? formatDateTime(language, new Date(note.signature.at)) : '',
              })}
            </p>
          </div>
          {note.addenda.length > 0 ? (
            <>
              <h3>{t('groups.note.addenda')}</h3>
              <ol className="addenda">
                {note.addenda.map((a) => (
                  <li key={a.id} className="addenda__item">
                    <p className="session-note__text">{a.text}</p>
                    <p className="session-note__signature">
                      {t('groups.note.signedBy', { name: a.by.fullName, date: formatDateTime(language, new Date(a.at)) })}
                    </p>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {session.canRecord ? <Button onPress={() => setDialog('addendum')}>{t('groups.note.addAddendum')}</Button> : null}
        </>
      ) : session.canRecord ? (
        <>
          <TextField
            label={t('groups.note.text')}
            description={t('groups.note.help')}
            value={text}
            onChange={change}
            multiline
            inputClassName="session-note__input"
          />
          <div className="form__actions">
            <Button isPending={saving} isDisabled={!dirty} onPress={() => void saveDraft()}>
              {saving ? t('common.saving') : t('groups.note.saveDraft')}
            </Button>
            <Button variant="primary" isDisabled={text.trim() === '' || saving} onPress={() => setDialog('sign')}>
              {t('groups.note.sign')}
            </Button>
            <p className="muted" role="status">
              {savedAt
                ? t('groups.note.saved', { time: formatDateTime(language, new Date(savedAt)) })
                : dirty
                  ? t('groups.note.unsaved')
                  : ''}
            </p>
          </div>
        </>
      ) : (
        <p className="session-note__text">{note.text || t('groups.note.empty')}</p>
      )}
      <SignDialog
        mode={dialog}
        onClose={() => setDialog(null)}
        // Signing signs what is on screen: an unsaved draft is saved first.
        beforeSign={async () => (dirty ? saveDraft() : true)}
        sign={(password, addendum) =>
          dialog === 'addendum'
            ? call('groupSessions:addAddendum', { sessionId: session.id, text: addendum, password })
            : call('groupSessions:signNote', { sessionId: session.id, password })
        }
        onSigned={(signedNote) => {
          setDialog(null);
          onDraft(undefined);
          onNote(signedNote);
        }}
      />
    </section>
  );
}
