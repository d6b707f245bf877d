import { useMemo } from 'react';
import { Label, Meter } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { assessPassword } from '../../../common/passwordPolicy';
import { Icon } from '../../components/Icon';
import { PASSWORD_MIN, PASSWORD_RULES } from '../../forms/passwordRules';

type Props = { password: string; username?: string; fullName?: string };

/**
 * Live strength (zxcvbn score 0–4, in words) and the rule checklist, from the same
 * assessPassword the backend runs, so what is ticked here is what the backend accepts.
 */
export function PasswordStrengthMeter({ password, username, fullName }: Props) {
  const { t } = useTranslation();
  const { score, broken } = useMemo(() => assessPassword(password, { username, fullName }), [password, username, fullName]);
  const empty = password.length === 0;
  return (
    <div className="strength">
      <Meter
        className="meter"
        value={score}
        minValue={0}
        maxValue={4}
        valueLabel={empty ? t('password.strengthEmpty') : t(`password.strength.${score}`)}
      >
        {({ valueText }) => (
          <>
            <div className="meter__header">
              <Label className="meter__label">{t('password.strengthLabel')}</Label>
              <span className="meter__value">{valueText}</span>
            </div>
            <div className="meter__track">
              <div className={`meter__fill meter__fill--${empty ? 'empty' : score}`} />
            </div>
          </>
        )}
      </Meter>
      <ul className="rules" aria-label={t('password.rulesLabel')}>
        {PASSWORD_RULES.map((rule) => {
          const met = !empty && !broken.includes(rule);
          return (
            <li key={rule} className={met ? 'rule rule--met' : 'rule'}>
              <Icon name={met ? 'check' : 'cross'} className="rule__icon" />
              <span className="visually-hidden">{met ? t('password.ruleMet') : t('password.ruleNotMet')}</span>
              <span>{t(`password.rules.${rule}`, { min: PASSWORD_MIN })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
