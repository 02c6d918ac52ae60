import { useEffect, useRef, useState } from 'preact/hooks';
import { useOnline } from '../hooks/use-online.ts';
import { useOutboxCounts } from '../hooks/use-outbox.ts';
import { getLanguage, t } from '../i18n/i18n.ts';
import { formatWait } from './countdown.ts';
import { tLock } from './lock-messages.ts';
import { KeyboardSwitch, PinInput } from './pin-input.tsx';
import { readPinKeyboard, savePinKeyboard, type PinKeyboard } from './pin-keyboard.ts';
import { useSecondsUntil } from './use-countdown.ts';
import type { UnlockView } from './use-unlock.ts';

/** From this many tries left, the screen warns that the device will be wiped (and what that costs offline). */
const WARN_WHEN_LEFT = 3;

type Props = {
  view: UnlockView;
  onTry: (pin: string) => Promise<boolean>;
  onForgot: () => void;
};

function WipeWarning({ attemptsLeft }: { attemptsLeft: number }) {
  const counts = useOutboxCounts();
  const isOnline = useOnline();
  const unsent = (counts?.pending ?? 0) + (counts?.rejected ?? 0);
  return (
    <div class="warning" data-testid="wipe-warning">
      <p>{tLock('lock.wipeWarning', { n: attemptsLeft })}</p>
      {unsent > 0 && <p>{isOnline ? tLock('lock.wipeSendOnline', { n: unsent }) : tLock('lock.wipeLoseOffline', { n: unsent })}</p>}
    </div>
  );
}

/** The PIN field, its errors, the live wait after repeated wrong PINs and the wipe warning. */
export function UnlockForm({ view, onTry, onForgot }: Props) {
  const [pin, setPin] = useState('');
  const [keyboard, setKeyboard] = useState(readPinKeyboard);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const seconds = useSecondsUntil(view.retryAfter);
  const isWaiting = seconds > 0;

  useEffect(() => inputRef.current?.focus(), [isWaiting]);

  async function handleSubmit(event: Event) {
    event.preventDefault();
    if (isWaiting || view.isBusy || pin === '') return;
    setError(null);
    try {
      if (!(await onTry(pin))) setPin('');
    } catch (caught) {
      setError(t('common.error', { message: String(caught) }));
    }
  }

  function handleKeyboard(next: PinKeyboard) {
    setKeyboard(next);
    savePinKeyboard(next);
    inputRef.current?.focus();
  }

  const describedBy = [view.isWrong ? 'lock-error' : view.failures > 0 && 'lock-left', isWaiting && 'lock-wait'].filter(Boolean).join(' ') || undefined;
  return (
    <form class="card form lock-page__form" onSubmit={handleSubmit} noValidate>
      <PinInput id="lock-pin" label={tLock('lock.pin')} value={pin} keyboard={keyboard} onInput={setPin} inputRef={inputRef}
        describedBy={describedBy} isInvalid={view.isWrong} disabled={isWaiting} />
      {view.isWrong && <p id="lock-error" class="error" role="alert" data-testid="lock-error">{tLock('lock.wrong', { n: view.attemptsLeft })}</p>}
      {!view.isWrong && view.failures > 0 && <p id="lock-left" class="error" data-testid="lock-left">{tLock('lock.left', { n: view.attemptsLeft })}</p>}
      {isWaiting && (
        <p id="lock-wait" class="notice" role="timer" data-testid="lock-wait">
          {tLock('lock.wait', { time: formatWait(seconds, getLanguage()) })}
        </p>
      )}
      {view.failures > 0 && view.attemptsLeft <= WARN_WHEN_LEFT && <WipeWarning attemptsLeft={view.attemptsLeft} />}
      {error && <p class="error" role="alert">{error}</p>}
      {view.isBusy && <p role="status">{tLock('lock.busy')}</p>}
      <div class="actions">
        <button type="submit" class="button button--primary lock-page__submit" disabled={isWaiting || view.isBusy}>{tLock('lock.submit')}</button>
        <KeyboardSwitch keyboard={keyboard} onChange={handleKeyboard}
          labels={{ text: tLock('pin.keyboardText'), numeric: tLock('pin.keyboardNumeric') }} />
      </div>
      <div class="lock-page__escape">
        <button type="button" class="button button--quiet" onClick={onForgot}>{tLock('lock.forgot')}</button>
      </div>
    </form>
  );
}
