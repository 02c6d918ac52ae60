import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'view'; id: string }
  | { name: 'edit'; id: string }
  | { name: 'conflicts' }
  | { name: 'sync' }
  | { name: 'not-found' };

/** Parses a location hash: `#/`, `#/cases/new`, `#/cases/:id`, `#/cases/:id/edit`, `#/conflicts`, `#/sync`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'list' };
  if (path === '/conflicts') return { name: 'conflicts' };
  if (path === '/sync') return { name: 'sync' };
  if (path === '/cases/new') return { name: 'new' };
  const match = /^\/cases\/([\w-]{1,64})(\/edit)?$/.exec(path);
  if (match) return match[2] ? { name: 'edit', id: match[1]! } : { name: 'view', id: match[1]! };
  return { name: 'not-found' };
}

export const caseHref = (id: string) => `#/cases/${id}`;
export const caseEditHref = (id: string) => `#/cases/${id}/edit`;

export function navigate(hash: string): void {
  location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const handleHashChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, []);
  return route;
}
