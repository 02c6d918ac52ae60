import { useEffect, useState } from 'preact/hooks';

// One polite live region for results whose own element goes away with them (a resolved conflict's card, a
// discarded change): a region must already be in the page before its text changes to be read out.

const SHOWN_MS = 8000;
const listeners = new Set<(text: string) => void>();

/** Says `text` to screen readers, and shows it briefly in the status bar. */
export function announce(text: string): void {
  for (const listener of listeners) listener(text);
}

/** The region itself, always rendered (empty) in the status bar. */
export function Announcer() {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer = 0;
    const listener = (next: string) => {
      window.clearTimeout(timer);
      setText(next);
      timer = window.setTimeout(() => setText(''), SHOWN_MS);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <span role="status" data-testid="announcement">
      {text && <span class="pill pill--ok">{text}</span>}
    </span>
  );
}
