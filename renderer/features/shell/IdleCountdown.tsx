import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribe } from '../../api';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { reportActivityNow } from '../../hooks/useActivity';
import './idleCountdown.css';

/**
 * What a screen reader hears: the time left when the warning comes, then at 30 s and 10 s; every
 * second would drown everything else.
 */
function announcedSeconds(seconds: number, first: number): number {
  if (seconds <= 10) return 10;
  if (seconds <= 30) return 30;
  return first;
}

/**
 * The last minute before the idle lock (issue 12, item 1): a countdown the person can see and hear,
 * with "Stay signed in" focused. Any key, click or wheel turn dismisses it and tells the backend at
 * once. The backend sends the time left (auth:idleWarning) and locks by itself when it runs out,
 * after the pending saves are sent.
 */
export function IdleCountdown() {
  const { t } = useTranslation();
  const titleId = useId();
  const textId = useId();
  const [deadline, setDeadline] = useState<number | null>(null);
  const [first, setFirst] = useState(60);
  const [now, setNow] = useState(() => Date.now());
  const returnFocus = useRef<Element | null>(null);

  useEffect(
    () =>
      subscribe((event) => {
        if (event.type !== 'auth:idleWarning') return;
        if (event.lockInMs === null) {
          setDeadline(null);
          return;
        }
        const at = Date.now();
        if (!returnFocus.current) returnFocus.current = document.activeElement;
        setNow(at);
        setFirst(Math.ceil(event.lockInMs / 1000));
        setDeadline(at + event.lockInMs);
      }),
    [],
  );

  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [deadline]);

  const stay = useCallback(() => {
    setDeadline(null);
    void reportActivityNow();
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
  }, []);

  // Any input is the person coming back: bypasses the activity throttle (useActivity).
  useEffect(() => {
    if (deadline === null) return;
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const type of events) window.addEventListener(type, stay, { capture: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, stay, { capture: true });
    };
  }, [deadline, stay]);

  if (deadline === null) return null;
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000));
  return (
    <div className="idle-countdown" role="alertdialog" aria-modal="false" aria-labelledby={titleId} aria-describedby={textId}>
      <Icon name="lock" />
      <div className="idle-countdown__body">
        <h2 id={titleId} className="idle-countdown__title">
          {t('idleLock.title')}
        </h2>
        <p id={textId} data-testid="idle-countdown-text">
          {seconds > 0 ? t('idleLock.text', { seconds }) : t('idleLock.locking')}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {seconds > 0 ? t('idleLock.text', { seconds: announcedSeconds(seconds, first) }) : t('idleLock.locking')}
        </p>
      </div>
      <Button variant="primary" autoFocus onPress={stay}>
        {t('idleLock.stay')}
      </Button>
    </div>
  );
}
