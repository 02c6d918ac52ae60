import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'view'; id: string }
  | { name: 'edit'; id: string }
  | { name: 'conflicts' }
  | { name: 'sync' }
  | { name: 'reminders' }
  | { name: 'resources' }
  | { name: 'resource-new' }
  | { name: 'resource-import' }
  | { name: 'resource'; id: string }
  | { name: 'resource-edit'; id: string }
  | { name: 'match'; caseId: string | null }
  | { name: 'unmet' }
  | { name: 'stats' }
  | { name: 'disaster' }
  | { name: 'admin-users' }
  | { name: 'admin-audit' }
  | { name: 'settings' }
  | { name: 'not-found' };

/** Parses a location hash: `#/`, `#/cases/new`, `#/cases/:id`, `#/cases/:id/edit`, `#/conflicts`, `#/sync`, `#/settings`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'list' };
  if (path === '/conflicts') return { name: 'conflicts' };
  if (path === '/sync') return { name: 'sync' };
  if (path === '/reminders') return { name: 'reminders' };
  if (path === '/stats') return { name: 'stats' };
  if (path === '/disaster') return { name: 'disaster' };
  if (path === '/admin/users') return { name: 'admin-users' };
  if (path === '/admin/audit') return { name: 'admin-audit' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/cases/new') return { name: 'new' };
  const resourceRoute = parseResourceRoute(path);
  if (resourceRoute) return resourceRoute;
  const match = /^\/cases\/([\w-]{1,64})(\/edit)?$/.exec(path);
  if (match) return match[2] ? { name: 'edit', id: match[1]! } : { name: 'view', id: match[1]! };
  return { name: 'not-found' };
}

/** The directory's routes: `#/resources[/new|/import|/:id[/edit]]`, `#/match[/:caseId]`, `#/unmet`. */
function parseResourceRoute(path: string): Route | null {
  if (path === '/resources') return { name: 'resources' };
  if (path === '/resources/new') return { name: 'resource-new' };
  if (path === '/resources/import') return { name: 'resource-import' };
  if (path === '/unmet') return { name: 'unmet' };
  const match = /^\/match(?:\/([\w-]{1,64}))?$/.exec(path);
  if (match) return { name: 'match', caseId: match[1] ?? null };
  const resource = /^\/resources\/([\w-]{1,64})(\/edit)?$/.exec(path);
  if (resource) return resource[2] ? { name: 'resource-edit', id: resource[1]! } : { name: 'resource', id: resource[1]! };
  return null;
}

export const matchHref = (caseId: string) => `#/match/${caseId}`;
export const caseHref = (id: string) => `#/cases/${id}`;
export const caseEditHref = (id: string) => `#/cases/${id}/edit`;
export const resourceHref = (id: string) => `#/resources/${id}`;
export const resourceEditHref = (id: string) => `#/resources/${id}/edit`;

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
