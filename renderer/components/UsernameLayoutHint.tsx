import { useTranslation } from 'react-i18next';
import { latinReadingOfCyrillicKeys } from '../../common/keyboardLayout';
import { Button } from './Button';

type Props = { username: string; onUse: (latin: string) => void };

/**
 * A warning, not a refusal: the username looks typed with the Russian or Kazakh layout on
 * («тгкдфтюф» is "nurlan.a" on the same keys). Shows the Latin reading and offers to use it.
 */
export function UsernameLayoutHint({ username, onUse }: Props) {
  const { t } = useTranslation();
  const latin = latinReadingOfCyrillicKeys(username.trim());
  return (
    <div aria-live="polite" className={latin ? 'notice notice--warning' : 'visually-hidden'} data-testid="username-layout-hint">
      {latin ? (
        <>
          <p>{t('username.otherLayout', { latin })}</p>
          <Button variant="quiet" onPress={() => onUse(latin)}>
            {t('username.useLatin', { latin })}
          </Button>
        </>
      ) : null}
    </div>
  );
}
