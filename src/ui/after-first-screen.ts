// Work the first screen does not need waits for it: the case list's `tsunagu:list-visible` mark. Whatever
// is fetched before that mark counts against the first page's JavaScript budget (DESIGN.md §6).

/** Other screens than the list (sign-in, a deep link) have no mark: start after this at the latest. */
const FALLBACK_MS = 1_500;

/** Calls `start` once, when the list marks itself visible or after the fallback delay, whichever is first. */
export function afterFirstScreen(start: () => void): () => void {
  let isStarted = false;
  const once = () => {
    if (isStarted) return;
    isStarted = true;
    observer?.disconnect();
    window.clearTimeout(fallback);
    start();
  };
  const observer = typeof PerformanceObserver === 'function' ? new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('tsunagu:list-visible').length > 0) once();
  }) : null;
  observer?.observe({ type: 'mark', buffered: true });
  const fallback = window.setTimeout(once, FALLBACK_MS);
  return () => {
    observer?.disconnect();
    window.clearTimeout(fallback);
  };
}
