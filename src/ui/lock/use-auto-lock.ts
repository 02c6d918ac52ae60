import { useEffect } from 'preact/hooks';
import { HIDDEN_LOCK_MS, onAutoLockMinutesChange, readAutoLockMinutes } from './auto-lock-preference.ts';
import { createAutoLock } from './auto-lock-timer.ts';
import { lockApp } from './lock-state.ts';

// Touches, keys, scrolling and typing count as use; pointer hovering does not (tablets have none).
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'scroll'] as const;

/** Locks the app after the chosen idle minutes, and on return after being hidden for longer than a minute. */
export function useAutoLock(): void {
  useEffect(() => {
    const autoLock = createAutoLock({
      idleMs: () => readAutoLockMinutes() * 60_000,
      hiddenMs: HIDDEN_LOCK_MS,
      onLock: lockApp,
      clock: {
        now: () => Date.now(),
        setTimeout: (callback, ms) => window.setTimeout(callback, ms),
        clearTimeout: (id) => window.clearTimeout(id),
      },
    });
    const handleActivity = () => autoLock.noteActivity();
    const handleVisibility = () => (document.visibilityState === 'hidden' ? autoLock.noteHidden() : autoLock.noteVisible());
    // Capture on window: scroll does not bubble, and a screen that stops propagation still counts as use.
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, handleActivity, options);
    document.addEventListener('visibilitychange', handleVisibility);
    const stopWatching = onAutoLockMinutesChange(() => autoLock.restart());
    if (document.visibilityState === 'hidden') autoLock.noteHidden();
    return () => {
      autoLock.stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, handleActivity, options);
      document.removeEventListener('visibilitychange', handleVisibility);
      stopWatching();
    };
  }, []);
}
