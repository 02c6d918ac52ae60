import { useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { changePin } from '../../db/vault.ts';
import { t } from '../i18n/i18n.ts';
import { tLock } from './lock-messages.ts';
import { KeyboardSwitch, PinInput } from './pin-input.tsx';
import { lockApp } from './lock-state.ts';
import { findPinChangeProblem } from './pin-change-check.ts';
import { keyboardFor, readPinKeyboard, savePinKeyboard } from './pin-keyboard.ts';
import { tPinSetup } from './pin-setup-messages.ts';
import { tSettings } from './settings-messages.ts';

type Field = 'current' | 'new' | 'again' | 'form';
type Result = { field: Field; message: string } | { field: 'done' } | null;

/** Current PIN, new PIN twice. The device keys are re-wrapped; no record is re-encrypted. */
export function PinChangeForm() {
  const [values, setValues] = useState({ current: '', new: '', again: '' });
  const [keyboard, setKeyboard] = useState(readPinKeyboard);
  const [result, setResult] = useState<Result>(null);
  const [isBusy, setBusy] = useState(false);
  const set = (field: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [field]: value }));

  async function handleSubmit(event: Event) {
    event.preventDefault();
    const problem = findPinChangeProblem(values);
    if (problem) return setResult(problem);
    setBusy(true);
    setResult(null);
    try {
      const changed = await changePin(getDb(), values.current, values.new);
      // Too many wrong PINs (here too they count): the lock screen takes over, with its wait or its wipe.
      if (!changed.ok && changed.reason !== 'wrong-pin') return lockApp();
      if (!changed.ok) return setResult({ field: 'current', message: tSettings('pinchange.wrongLeft', { n: changed.attemptsLeft }) });
      savePinKeyboard(keyboardFor(values.new));
      setValues({ current: '', new: '', again: '' });
      setResult({ field: 'done' });
    } catch (caught) {
      setResult({ field: 'form', message: t('common.error', { message: String(caught) }) });
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (field: Field) => (result && 'message' in result && result.field === field ? result.message : null);
  const input = (field: 'current' | 'new' | 'again', label: string, hint?: string) => {
    const error = errorOf(field);
    return (
      <>
        <PinInput id={`pin-change-${field}`} label={label} value={values[field]} keyboard={keyboard} isNew={field !== 'current'}
          onInput={set(field)} isInvalid={error !== null} disabled={isBusy}
          describedBy={[hint, error && `pin-change-${field}-error`].filter(Boolean).join(' ') || undefined} />
        {error && <p id={`pin-change-${field}-error`} class="error" role="alert">{error}</p>}
      </>
    );
  };

  return (
    <form class="card form lock-page__form" onSubmit={handleSubmit} noValidate aria-labelledby="pin-change-title">
      <h2 id="pin-change-title">{tSettings('pinchange.title')}</h2>
      <p class="field__hint">{tSettings('pinchange.lead')}</p>
      {input('current', tSettings('pinchange.current'))}
      <p id="pin-change-shape" class="field__hint">{tPinSetup('setup.shape')}</p>
      {input('new', tSettings('pinchange.new'), 'pin-change-shape')}
      {input('again', tSettings('pinchange.again'))}
      <KeyboardSwitch keyboard={keyboard} onChange={setKeyboard}
        labels={{ text: tLock('pin.keyboardText'), numeric: tLock('pin.keyboardNumeric') }} />
      {errorOf('form') && <p class="error" role="alert">{errorOf('form')}</p>}
      <p role="status" data-testid="pin-change-status">
        {isBusy ? tSettings('pinchange.busy') : result?.field === 'done' ? tSettings('pinchange.done') : ''}
      </p>
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={isBusy}>{tSettings('pinchange.submit')}</button>
      </div>
    </form>
  );
}
