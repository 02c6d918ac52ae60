// Where focus goes when the item a person acted on leaves the page (a resolved conflict's card, a discarded
// change): left alone it falls to <body>, and a screen-reader or keyboard user starts again from the top.

/** The item after `item` among those matching `selector`, else the one before, else the page's heading. */
export function pickFocusAfter(item: Element | null, selector: string): HTMLElement | null {
  const items = [...document.querySelectorAll<HTMLElement>(selector)];
  const index = item ? items.indexOf(item as HTMLElement) : -1;
  if (index >= 0) return items[index + 1] ?? items[index - 1] ?? null;
  return null;
}

/** Focuses `target` (made focusable by script if it is not), or the page's main heading when it is gone. */
export function moveFocus(target: HTMLElement | null): void {
  const element = target?.isConnected ? target : document.querySelector<HTMLElement>('#main h1') ?? document.querySelector<HTMLElement>('h1');
  if (!element) return;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus();
}
