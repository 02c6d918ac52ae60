// The install state, on the first page: Chromium fires `beforeinstallprompt` once, early, possibly before any
// screen has rendered, so the listener is registered when this module loads. Safari and Firefox never fire it;
// there the person adds the app from the browser's own menu (共有 → ホーム画面に追加).

export type InstallPromptEvent = Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: string }> };

const DISMISSED_KEY = 'tsunagu:install-guidance-dismissed';
const listeners = new Set<() => void>();
let deferred: InstallPromptEvent | null = null;
let isDismissedHere = false;

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault(); // keep Chromium's own mini-infobar away; the app offers its button instead
  deferred = event as InstallPromptEvent;
  notify();
});
window.addEventListener('appinstalled', () => {
  deferred = null;
  notify();
});

/** True when opened from the Home Screen or as an installed app (iPadOS sets `navigator.standalone`). */
export function isStandalone(): boolean {
  const isIosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return isIosStandalone || window.matchMedia('(display-mode: standalone)').matches;
}

export const getInstallPrompt = (): InstallPromptEvent | null => deferred;

export function onInstallPromptChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows Chromium's install dialog; the event can be used once. */
export async function promptInstall(): Promise<boolean> {
  const event = deferred;
  if (!event) return false;
  deferred = null;
  notify();
  await event.prompt();
  return (await event.userChoice).outcome === 'accepted';
}

export function isInstallGuidanceDismissed(): boolean {
  if (isDismissedHere) return true;
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

export function dismissInstallGuidance(): void {
  isDismissedHere = true;
  try {
    localStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Private mode without storage: dismissed until the page is reloaded.
  }
  notify();
}
