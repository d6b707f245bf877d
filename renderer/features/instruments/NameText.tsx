import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/**
 * An instrument's name with its code kept on one line: a long title may wrap, but never inside
 * "PHQ-9" after the hyphen. The text, and so the accessible name, is unchanged.
 */
export function NameText({ text }: { text: string }) {
  const parts = text.split(/(\S*[\p{L}\d]-\d\S*)/u);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="nowrap">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

const MARK = '\u0001';

/** A translated sentence with an instrument's name in it ("Practice form: {{name}}"), the name kept whole. */
export function withName(t: TFunction, key: string, name: string): ReactNode {
  const [before = '', after = ''] = t(key, { name: MARK }).split(MARK);
  return (
    <>
      {before}
      <NameText text={name} />
      {after}
    </>
  );
}
