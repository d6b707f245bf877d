import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail, SessionNote } from '../../../../electron/contract/groupChannels';
import type { Language } from '../../../../electron/contract/schemas';
import { type AppError, call } from '../../../api';
import { Button } from '../../../components/Button';
import { FormError } from '../../../components/FormError';
import { TextField } from '../../../components/TextField';
import { formatDateTime } from '../../../i18n/format';
import { SaveIndicator } from '../../assessment/SaveIndicator';
import { SignDialog } from './SignDialog';
import { useAutosave } from './useAutosave';

type Props = {
  session: SessionDetail;
  draft: string | undefined;
  onDraft: (text: string | undefined) => void;
  onNote: (note: SessionNote) => void;
};

/**
 * The group's session note: a draft while it is written (autosaved after a pause in typing and
 * before every lock, issue 12), signed with the password, then read-only; corrections are signed,
 * dated addenda shown under the original.
 */
export function SessionNoteEditor({ session, draft, onDraft, onNote }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const note = session.note;
  const [text, setText] = useState(draft ?? note.text);
  const [error, setError] = useState<AppError | null>(null);
  const [dialog, setDialog] = useState<'sign' | 'addendum' | null>(null);
  // The autosave reads these: a flush at lock time sends what is on screen now.
  const latest = useRef(text);
  const stored = useRef(note.text);
  useEffect(() => {
    stored.current = note.text;
  }, [note.text]);
  const dirty = text !== note.text;
  const signed = note.status === 'signed';

  const autosave = useAutosave(async () => {
    const sent = latest.current;
    if (sent === stored.current) return null;
    const result = await call('groupSessions:saveNote', { sessionId: session.id, text: sent });
    if (!result.ok) return result.error;
    stored.current = result.value.text;
    onDraft(latest.current !== result.value.text ? latest.current : undefined);
    onNote(result.value);
    return null;
  });

  // A draft kept from before (client mode, another page) is sent as soon as the page is back.
  const { schedule } = autosave;
  useEffect(() => {
    if (latest.current !== stored.current && !signed) schedule();
    // Only on mount: later changes schedule themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const change = (next: string) => {
    setText(next);
    latest.current = next;
    onDraft(next !== stored.current ? next : undefined);
    autosave.schedule();
  };

  /** Before signing: what is on screen is saved first (signing signs what is on screen). */
  const saveNow = async (): Promise<boolean> => {
    setError(null);
    return autosave.flush();
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
            <Button variant="primary" isDisabled={text.trim() === ''} onPress={() => setDialog('sign')}>
              {t('groups.note.sign')}
            </Button>
            {text !== '' || note.status !== 'none' ? (
              <SaveIndicator state={autosave.state} error={autosave.error} onRetry={() => void autosave.flush()} />
            ) : null}
          </div>
        </>
      ) : (
        <p className="session-note__text">{note.text || t('groups.note.empty')}</p>
      )}
      <SignDialog
        mode={dialog}
        onClose={() => setDialog(null)}
        // Signing signs what is on screen: an unsaved draft is saved first.
        beforeSign={async () => (dirty || autosave.state !== 'saved' ? saveNow() : true)}
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
