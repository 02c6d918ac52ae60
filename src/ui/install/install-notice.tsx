import { EvictionWarning } from './eviction-warning.tsx';
import { promptInstall } from './install-prompt.ts';
import { tInstall } from './install-messages.ts';
import { useInstallState } from './use-install-state.ts';

/**
 * Shown while the app runs in a browser tab: Chromium's install button, or, where no install prompt comes
 * (Safari on iPad), how to add the app to the Home Screen and why. Dismissed once, it stays away.
 */
export function InstallNotice() {
  const [state, dismiss] = useInstallState();
  if (state.kind === 'hidden') return null;

  const isPrompt = state.kind === 'prompt';
  const titleId = isPrompt ? 'install-prompt-title' : 'install-guidance-title';
  return (
    <aside class="notice install-notice" aria-labelledby={titleId} data-testid={isPrompt ? 'install-prompt' : 'install-guidance'}>
      <p id={titleId} class="install-notice__title"><strong>{tInstall(isPrompt ? 'install.promptTitle' : 'install.title')}</strong></p>
      {isPrompt ? <p>{tInstall('install.promptLead')}</p> : <EvictionWarning />}
      <div class="actions actions--small">
        {isPrompt && (
          <button type="button" class="button button--primary button--small" onClick={() => void promptInstall()}>
            {tInstall('install.button')}
          </button>
        )}
        <button type="button" class="button button--small" onClick={dismiss}>{tInstall('install.dismiss')}</button>
      </div>
    </aside>
  );
}
