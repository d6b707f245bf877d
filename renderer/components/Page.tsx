import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of the screens before sign-in: the product name, an optional corner control, one card. */
export function CenteredPage({ corner, children, wide }: { corner?: ReactNode; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={wide ? 'centered centered--wide' : 'centered'}>
      <header className="centered__top">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </span>
        {corner}
      </header>
      <main className={wide ? 'card card--wide' : 'card'}>{children}</main>
    </div>
  );
}

/**
 * The page's h1. It takes focus when the page opens, so a screen reader announces where the
 * person is after a screen change (WAI-ARIA APG, "focus management" for single-page apps).
 */
export function PageTitle({ children, focusOnMount = true }: { children: ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
