import { useLayoutEffect, useRef } from 'preact/hooks';

// Performance marks the bench reads (npm run bench): cold start to a visible list, and query to updated list.
// Layout effects run right after the DOM is committed, which is the moment being measured.

let hasMarkedVisible = false;

export function useListMarks(isLoaded: boolean, query: string, resultCount: number): void {
  const lastQuery = useRef(query);
  useLayoutEffect(() => {
    if (!isLoaded || hasMarkedVisible) return;
    hasMarkedVisible = true;
    performance.mark('tsunagu:list-visible');
  }, [isLoaded]);
  useLayoutEffect(() => {
    if (!isLoaded || lastQuery.current === query) return;
    lastQuery.current = query;
    performance.mark('tsunagu:search-rendered', { detail: { query, resultCount } });
  }, [isLoaded, query, resultCount]);
}
