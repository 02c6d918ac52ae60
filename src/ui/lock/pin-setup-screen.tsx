import { useState } from 'preact/hooks';
import { isPinShapeValid, WIPE_AFTER_FAILURES } from '../../db/vault.ts';
import { t } from '../i18n/i18n.ts';
import { tLock } from './lock-messages.ts';
import { KeyboardSwitch, PinInput } from './pin-input.tsx';
import { keyboardFor, readPinKeyboard, savePinKeyboard } from './pin-keyboard.ts';
import { tPinSetup } from './pin-setup-messages.ts';
import './lock.css';

type Props = {
  onSetUp: (pin: string) => Promise<void>;
  onCancel: () => Promise<void>;
};

/** Right after the first sign-in on a tablet: what the PIN protects, what forgetting it costs, then the PIN twice. */
export function PinSetupScreen({ onSetUp, onCancel }: Props) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [keyboard, setKeyboard] = useState(readPinKeyboard);
  const [error, setError] = useState<{ field: 'pin' | 'again' | 'form'; message: string } | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function handleSubmit(event: Event) {
    event.preventDefault();
    if (!isPinShapeValid(pin)) return setError({ field: 'pin', message: tLock('pin.badShape') });
    if (pin !== again) return setError({ field: 'again', message: tLock('pin.mismatch') });
    setError(null);
    setBusy(true);
    try {
      savePinKeyboard(keyboardFor(pin));
      await onSetUp(pin);
    } catch (caught) {
      setError({ field: 'form', message: t('common.error', { message: String(caught) }) });
      setBusy(false);
    }
  }

  const errorFor = (field: 'pin' | 'again' | 'form') =>
    error?.field === field && <p id={`pin-setup-${field}-error`} class="error" role="alert">{error.message}</p>;
  const describe = (field: 'pin' | 'again', hint?: string) =>
    [hint, error?.field === field ? `pin-setup-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <main id="main" class="lock-page" data-testid="pin-setup">
      <h1 class="lock-page__title">{tPinSetup('setup.title')}</h1>
      <div class="lock-page__columns">
        <section class="card lock-page__explain" aria-label={tPinSetup('setup.title')}>
          <p class="lock-page__protects">{tPinSetup('setup.protects')}</p>
          <ul class="plain-list">
            <li>{tPinSetup('setup.autoLock')}</li>
            <li>{tPinSetup('setup.forgot')}</li>
            <li><strong>{tPinSetup('setup.wipe', { n: WIPE_AFTER_FAILURES })}</strong></li>
          </ul>
        </section>
        <form class="card form lock-page__form" onSubmit={handleSubmit} noValidate>
          <p id="pin-setup-shape" class="field__hint">{tPinSetup('setup.shape')}</p>
          <PinInput id="pin-setup-pin" label={tPinSetup('setup.pin')} value={pin} keyboard={keyboard} isNew onInput={setPin}
            describedBy={describe('pin', 'pin-setup-shape')} isInvalid={error?.field === 'pin'} disabled={isBusy} />
          {errorFor('pin')}
          <PinInput id="pin-setup-again" label={tPinSetup('setup.pinAgain')} value={again} keyboard={keyboard} isNew onInput={setAgain}
            describedBy={describe('again')} isInvalid={error?.field === 'again'} disabled={isBusy} />
          {errorFor('again')}
          <KeyboardSwitch keyboard={keyboard} onChange={setKeyboard}
            labels={{ text: tLock('pin.keyboardText'), numeric: tLock('pin.keyboardNumeric') }} />
          {errorFor('form')}
          {isBusy && <p role="status">{tPinSetup('setup.busy')}</p>}
          <div class="actions">
            <button type="submit" class="button button--primary lock-page__submit" disabled={isBusy}>{tPinSetup('setup.submit')}</button>
            <button type="button" class="button" disabled={isBusy} onClick={() => void onCancel()}>{tPinSetup('setup.cancel')}</button>
          </div>
        </form>
      </div>
    </main>
  );
}
