import { useEffect, useState } from 'preact/hooks';
import type { TriagedCase } from '../../domain/triage.ts';

/**
 * Brings a child's card into view and focus from the summary's names: pages the list on far enough for the card
 * to be rendered, then scrolls it just below the sticky header. Returns the handler the names call.
 */
export function useShowCard(list: readonly TriagedCase[], shown: number, onShown: (count: number) => void, page: number) {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    const card = target && document.getElementById(`disaster-${target}`);
    // Not rendered yet: the next page is on its way, and this runs again once `shown` grows.
    if (!card) return;
    setTarget(null);
    const header = document.querySelector('.app-header');
    const covered = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    window.scrollBy({ top: card.getBoundingClientRect().top - covered - 8 });
    card.focus({ preventScroll: true });
  }, [target, shown]);
  return (id: string) => {
    const index = list.findIndex((item) => item.row.id === id);
    if (index < 0) return;
    if (index >= shown) onShown(Math.ceil((index + 1) / page) * page);
    setTarget(id);
  };
}
