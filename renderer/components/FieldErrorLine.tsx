import { useState } from 'react';
import { FieldError } from 'react-aria-components';

/**
 * A field's error, whose line stays reserved once an error has been shown. Number and date fields
 * commit their value on blur, so correcting one and clicking Save at once revalidates between the
 * button's mousedown and mouseup; if the error line then vanished, everything below it (Save
 * included) would move up under the pointer and the click would be lost without a word.
 */
export function FieldErrorLine({ errorMessage }: { errorMessage: string | undefined }) {
  const [last, setLast] = useState<string | undefined>(undefined);
  // Set during render (React's "storing information from previous renders"), so the reserved
  // space is there in the very render that removes the error. The last message is kept, hidden, as
  // generated content (not text: nothing reads it, and no search for the message finds it), so the
  // space is exactly as tall as the error was, in any language.
  if (errorMessage && errorMessage !== last) setLast(errorMessage);
  return (
    <>
      <FieldError className="field__error">{errorMessage}</FieldError>
      {last && !errorMessage ? (
        <span className="field__error field__error--reserved" aria-hidden="true" data-text={last} />
      ) : null}
    </>
  );
}
