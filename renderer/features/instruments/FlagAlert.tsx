import { useTranslation } from 'react-i18next';
import { type RaisedFlag, acknowledge } from '../../../assessments/instruments';
import { Icon } from '../../components/Icon';
import { TextField } from '../../components/TextField';
import { useInstrumentForm } from './formContext';
import { say } from './localized';

/** Moves focus to a flag's acknowledgement note (from the score panel's "Write the note"). */
export function focusFlagNote(flagId: string): void {
  document.querySelector<HTMLElement>(`[data-flag-note="${CSS.escape(flagId)}"]`)?.focus();
}

/**
 * A safety alert raised by an answer (PHQ-9 item 9 above "not at all"), or by no answer (item 9
 * left blank: answering the item makes it go). It stays beside the item
 * and asks for a note of what was done; until the note is written the form cannot be signed.
 */
export function FlagAlert({ flag }: { flag: RaisedFlag }) {
  const { t } = useTranslation();
  const { state, update, readOnly, language } = useInstrumentForm();
  const note = state.acknowledgements[flag.id] ?? '';
  const acknowledged = note.trim() !== '';
  const headingId = `flag-title-${flag.id}`;
  // Raised because the item has no answer (PHQ-9 item 9, issue 10): the note says why, not what was found.
  const noteLabel = t(flag.answer === null ? 'instruments.flag.unansweredNoteLabel' : 'instruments.flag.noteLabel');
  return (
    <section className="flag-alert" aria-labelledby={headingId}>
      <h3 id={headingId} className="flag-alert__title">
        <Icon name="alert" />
        {t('instruments.flag.title')}
      </h3>
      <p role="alert" lang={language} className="flag-alert__message">
        {say(flag.message, language)}
      </p>
      {flag.requiresAcknowledgement && readOnly ? (
        <p className="flag-alert__note">
          <strong>{noteLabel}:</strong> {note || t('instruments.flag.noNote')}
        </p>
      ) : null}
      {flag.requiresAcknowledgement && !readOnly ? (
        <>
          <TextField
            label={noteLabel}
            description={t(flag.answer === null ? 'instruments.flag.unansweredNoteHelp' : 'instruments.flag.noteHelp')}
            value={note}
            onChange={(value) => update((prev) => acknowledge(prev, flag.id, value))}
            multiline
            isRequired
            inputRef={(el) => {
              // A data attribute, not an id: react-aria's generated id ties the label to the input.
              if (el) el.dataset.flagNote = flag.id;
            }}
          />
          <p className={acknowledged ? 'flag-alert__status flag-alert__status--done' : 'flag-alert__status'} role="status">
            <Icon name={acknowledged ? 'check' : 'info'} />
            {t(acknowledged ? 'instruments.flag.acknowledged' : 'instruments.flag.notAcknowledged')}
          </p>
        </>
      ) : null}
    </section>
  );
}
