import { AutoLockChoice } from './auto-lock-choice.tsx';
import { PinChangeForm } from './pin-change-form.tsx';
import { tSettings } from './settings-messages.ts';
import './lock.css';

/** 設定: this device's auto-lock and its PIN. */
export function SettingsScreen() {
  return (
    <section aria-labelledby="settings-title" class="lock-settings">
      <h1 id="settings-title">{tSettings('settings.title')}</h1>
      <div class="lock-page__columns">
        <AutoLockChoice />
        <PinChangeForm />
      </div>
    </section>
  );
}
