import './install.css';
import { tInstall } from './install-messages.ts';

/** Why an uninstalled browser tab may lose unsent work, and what keeps it: the Home Screen and frequent sync. */
export function EvictionWarning() {
  return (
    <div class="eviction-warning">
      <p>{tInstall('install.risk')}</p>
      <ol aria-label={tInstall('install.stepsLabel')}>
        <li>{tInstall('install.step1')}</li>
        <li>{tInstall('install.step2')}</li>
        <li>{tInstall('install.step3')}</li>
      </ol>
      <p>{tInstall('install.otherBrowsers')}</p>
      <p><strong>{tInstall('install.syncOften')}</strong></p>
    </div>
  );
}
