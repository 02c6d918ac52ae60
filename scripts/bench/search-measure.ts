import type { Page } from 'playwright-core';

/** Clears the search box (one keystroke) in a typed sequence. */
export const CLEAR = '\b';

/**
 * Types `keys` into the search box one at a time and returns, for each keystroke, the milliseconds from the
 * input event to the app's `tsunagu:search-rendered` mark (set in a layout effect once the DOM list is
 * updated). Between keystrokes the page gets two frames to paint, as between a person's key presses.
 */
export async function measureSearchKeystrokes(page: Page, keys: readonly string[]): Promise<number[]> {
  const input = await page.getByLabel('検索').elementHandle();
  if (!input) throw new Error('search box not found');
  return page.evaluate(
    async ({ element, keys, clear }) => {
      const box = element as HTMLInputElement;
      const nextMark = () =>
        new Promise<PerformanceEntry>((resolve) => {
          const observer = new PerformanceObserver((list) => {
            const mark = list.getEntriesByName('tsunagu:search-rendered')[0];
            if (!mark) return;
            observer.disconnect();
            resolve(mark);
          });
          observer.observe({ type: 'mark' });
        });
      const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const times: number[] = [];
      box.focus();
      for (const key of keys) {
        const rendered = nextMark();
        const started = performance.now();
        box.value = key === clear ? '' : box.value + key;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: key === clear ? 'deleteContentBackward' : 'insertText', data: key === clear ? null : key }));
        times.push((await rendered).startTime - started);
        await twoFrames();
      }
      return times;
    },
    { element: input, keys: [...keys], clear: CLEAR },
  );
}

/** A person's searches over the stored cases: a surname, a name in kana, a town, each typed then cleared. */
export function searchKeystrokes(sample: { name: string; nameKana: string }, town: string): string[] {
  const words = [sample.name.slice(0, 2), sample.nameKana.slice(0, 3), town];
  return words.flatMap((word) => [...word, CLEAR]);
}
