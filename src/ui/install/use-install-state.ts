import { useEffect, useState } from 'preact/hooks';
import {
  dismissInstallGuidance, getInstallPrompt, isInstallGuidanceDismissed, isStandalone, onInstallPromptChange,
  type InstallPromptEvent,
} from './install-prompt.ts';

/** How long Chromium gets to offer its install prompt before the app explains ホーム画面に追加 instead. */
export const GUIDANCE_DELAY_MS = 3000;

export type InstallState =
  | { kind: 'hidden' }
  | { kind: 'prompt'; prompt: InstallPromptEvent }
  | { kind: 'guidance' };

function readState(hasWaited: boolean): InstallState {
  if (isStandalone() || isInstallGuidanceDismissed()) return { kind: 'hidden' };
  const prompt = getInstallPrompt();
  if (prompt) return { kind: 'prompt', prompt };
  return hasWaited ? { kind: 'guidance' } : { kind: 'hidden' };
}

/**
 * What to offer: Chromium's install button once `beforeinstallprompt` has fired; where it has not fired after a
 * short wait (Safari, Firefox), the ホーム画面に追加 guidance; nothing when installed or dismissed.
 */
export function useInstallState(): [InstallState, () => void] {
  const [hasWaited, setHasWaited] = useState(false);
  const [, setVersion] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setHasWaited(true), GUIDANCE_DELAY_MS);
    const stop = onInstallPromptChange(() => setVersion((version) => version + 1));
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
  return [readState(hasWaited), dismissInstallGuidance];
}
