import { Label, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../electron/contract/schemas';
import { RadioOption } from './Choice';

type Props = {
  value: Language;
  onChange: (language: Language) => void;
  /** 'large' for the first step of the set-up wizard; 'compact' for the corner of a screen. */
  size?: 'large' | 'compact';
  /** Visible label; the compact switcher keeps its label for screen readers only. */
  label?: string;
  isDisabled?: boolean;
};

/** Kazakh, Russian, English, each named in its own language (and marked with its lang). */
export function LanguageChoice({ value, onChange, size = 'compact', label, isDisabled }: Props) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      value={value}
      onChange={(v) => onChange(v as Language)}
      orientation={size === 'compact' ? 'horizontal' : 'vertical'}
      className={`language-choice language-choice--${size}`}
      isDisabled={isDisabled}
    >
      <Label className={size === 'compact' ? 'visually-hidden' : 'field__label'}>{label ?? t('language.label')}</Label>
      <div className="language-choice__options">
        {LANGUAGES.map((language) => (
          <RadioOption key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </RadioOption>
        ))}
      </div>
    </RadioGroup>
  );
}
