import type { ComponentChildren } from 'preact';

/** A collapsible card of the case view: the summary is the section's heading. */
export function Fold({ id, title, isOpen = false, children }: { id: string; title: string; isOpen?: boolean; children: ComponentChildren }) {
  return (
    <details class="card fold" open={isOpen} data-testid={`fold-${id}`}>
      <summary><h2 id={`${id}-title`}>{title}</h2></summary>
      <div class="fold-body">{children}</div>
    </details>
  );
}
