import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../electron/contract/errors';
import type { AppError } from '../api';
import { PASSWORD_MIN, PASSWORD_RULES } from '../forms/passwordRules';
import { Icon } from './Icon';

/**
 * A failure from the backend, translated by its code (`errors.<CODE>`). The English `message`
 * is for developers and never shown. Known details are explained in words.
 */
export function FormError({
  error,
  messages,
  children,
}: {
  error: AppError | null | undefined;
  /** Screen-specific wording for some codes (already translated). */
  messages?: Partial<Record<ErrorCode, string>>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const reasons = (error.details?.reasons ?? []).filter((r): r is (typeof PASSWORD_RULES)[number] =>
    (PASSWORD_RULES as readonly string[]).includes(r),
  );
  return (
    <div className="notice notice--error" role="alert">
      <Icon name="alert" className="notice__icon" />
      <div className="notice__body">
        <p>{messages?.[error.code] ?? t(`errors.${error.code}`)}</p>
        {error.code === 'INVALID_RECOVERY_KEY' && error.details?.group ? (
          <p>{t('recovery.groupMistyped', { group: error.details.group })}</p>
        ) : null}
        {reasons.length > 0 ? (
          <ul className="notice__list">
            {reasons.map((rule) => (
              <li key={rule}>{t(`password.rules.${rule}`, { min: PASSWORD_MIN })}</li>
            ))}
          </ul>
        ) : null}
        {children}
      </div>
    </div>
  );
}
