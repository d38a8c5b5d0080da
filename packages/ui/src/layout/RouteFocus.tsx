import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the main region so keyboard and screen-reader
 * users start at the new page's content (the first render keeps the browser's own focus).
 */
export function RouteFocus({ mainId = 'main' }: { mainId?: string }) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    const main = document.getElementById(mainId);
    if (main) main.focus({ preventScroll: false });
  }, [pathname, mainId]);
  return null;
}
