import { useCallback, useRef, useState } from 'react';

/**
 * Whether the element has come near the screen. A client with years of drawings has hundreds of
 * thumbnails, and each batch of them is a call and an audit row: fetch only those a person scrolls to.
 */
export function useSeen<E extends Element>(): [(element: E | null) => void, boolean] {
  const [seen, setSeen] = useState(false);
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback((element: E | null) => {
    observer.current?.disconnect();
    if (!element) return;
    observer.current = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.current?.disconnect();
        }
      },
      { rootMargin: '400px' },
    );
    observer.current.observe(element);
  }, []);
  return [ref, seen];
}
