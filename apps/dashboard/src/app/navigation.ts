import { useSyncExternalStore } from 'react';

/**
 * The browser's address as React state: pages are plain URLs (shareable, with back and forward), moved
 * between with the History API; `vite preview` and the dev server answer every path with index.html.
 */

const NAVIGATED = 'tableau-de-bord:navigation';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const snapshot = () => `${window.location.pathname}${window.location.search}`;

export function useLocation(): { pathname: string; search: string } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, 'http://tableau-de-bord.invalid');
  return { pathname: url.pathname, search: url.search };
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}
