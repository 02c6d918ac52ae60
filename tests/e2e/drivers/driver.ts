// The thin layer every engine implements, so a journey is written once and runs in Chromium, WebKit and Firefox.
// Elements are found by the same page-side script in every engine (label text, role and name, test id), then
// clicked and typed into with the engine's own input events.

export type EngineName = 'chromium' | 'webkit' | 'firefox';

export type Target =
  | { label: string }
  | { role: 'button' | 'link'; name: string }
  | { testId: string; index?: number };

/** A page-side function: self-contained (it is serialised), one JSON-able argument, JSON-able result. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface Driver {
  readonly engine: EngineName;
  /** True where the engine can switch its own network off, which also fires `offline`/`online` in the page. */
  readonly hasNetworkSwitch: boolean;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  currentUrl(): Promise<string>;
  /** Waits for the target, then replaces its value by typing. */
  fill(target: Target, value: string): Promise<void>;
  /** Waits for the target, then clicks it. */
  click(target: Target): Promise<void>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Engine network emulation; throws where `hasNetworkSwitch` is false. */
  setNetworkOffline(offline: boolean): Promise<void>;
  close(): Promise<void>;
}

const FIND_TIMEOUT_MS = 15_000;

/** Page side: the element a target names, or null. Visible elements only. */
export function findTarget(target: Target): Element | null {
  const isVisible = (el: Element) => el.getClientRects().length > 0;
  const textOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  if ('testId' in target) {
    const all = [...document.querySelectorAll(`[data-testid="${target.testId}"]`)].filter(isVisible);
    return all[target.index ?? 0] ?? null;
  }
  if ('label' in target) {
    const label = [...document.querySelectorAll('label')].find((l) => textOf(l) === target.label && l.control);
    return label?.control && isVisible(label.control) ? label.control : null;
  }
  const selector = target.role === 'button' ? 'button, [role="button"], input[type="submit"]' : 'a[href], [role="link"]';
  return [...document.querySelectorAll(selector)].find((el) => isVisible(el) && textOf(el) === target.name) ?? null;
}

/** Polls `find` until it yields a value, or fails naming what was looked for. */
export async function waitForValue<T>(find: () => Promise<T | null>, what: string, timeoutMs = FIND_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find().catch(() => null);
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`not found within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const describeTarget = (target: Target): string => JSON.stringify(target);

/** How many visible elements carry a test id. */
export function countTestIds(driver: Driver, testId: string): Promise<number> {
  return driver.evaluate((id) => [...document.querySelectorAll(`[data-testid="${id}"]`)]
    .filter((el) => el.getClientRects().length > 0).length, testId);
}

/** Text of the first element with a test id ('' when there is none). */
export function textOfTestId(driver: Driver, testId: string): Promise<string> {
  return driver.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '', testId);
}
