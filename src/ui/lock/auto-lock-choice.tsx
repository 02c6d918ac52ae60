import { useState } from 'preact/hooks';
import { AUTO_LOCK_CHOICES, readAutoLockMinutes, saveAutoLockMinutes } from './auto-lock-preference.ts';
import { tSettings } from './settings-messages.ts';

/** The idle minutes before the app locks itself: 1, 5, 15 or 30, applied at once. */
export function AutoLockChoice() {
  const [minutes, setMinutes] = useState(readAutoLockMinutes);
  const [isSaved, setSaved] = useState(false);

  function handleChange(value: number) {
    saveAutoLockMinutes(value);
    setMinutes(value);
    setSaved(true);
  }

  return (
    <section class="card" aria-labelledby="autolock-title">
      <h2 id="autolock-title">{tSettings('autolock.title')}</h2>
      <fieldset class="lock-settings__choices">
        <legend>{tSettings('autolock.legend')}</legend>
        {AUTO_LOCK_CHOICES.map((choice) => (
          <label key={choice}>
            <input type="radio" name="auto-lock-minutes" value={choice} checked={minutes === choice}
              onChange={() => handleChange(choice)} />
            {tSettings('autolock.minutes', { n: choice })}
          </label>
        ))}
      </fieldset>
      <p role="status" data-testid="auto-lock-saved">{isSaved ? tSettings('autolock.saved', { n: minutes }) : ''}</p>
      <p class="field__hint">{tSettings('autolock.hidden')}</p>
    </section>
  );
}
