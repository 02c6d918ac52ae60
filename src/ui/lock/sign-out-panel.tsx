import { useState } from 'preact/hooks';
import { useOnline } from '../hooks/use-online.ts';
import { useOutboxCounts } from '../hooks/use-outbox.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { tLock } from './lock-messages.ts';
import { sendUnsentChanges } from './send-before-wipe.ts';
import { tSignOut } from './sign-out-messages.ts';

type Props = {
  onSignOut: (hasUnsent: boolean, notice: MessageKey) => Promise<void>;
  onBack: () => void;
};

/**
 * ログアウト from the lock screen (a forgotten PIN). The usual rule holds: unsent changes are never dropped
 * without saying so. Online they are sent first; what cannot be sent is kept for the next sign-in unless the
 * coordinator chooses, with the count in front of them, to discard it.
 */
export function SignOutPanel({ onSignOut, onBack }: Props) {
  const counts = useOutboxCounts();
  const isOnline = useOnline();
  const [phase, setPhase] = useState<'ask' | 'sending' | 'left'>('ask');
  const [isBusy, setBusy] = useState(false);
  const unsent = (counts?.pending ?? 0) + (counts?.rejected ?? 0);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const erase = () => run(() => onSignOut(false, 'signin.pinForgotten'));
  const keep = () => run(() => onSignOut(true, 'signin.keptLocked'));
  const send = () => run(async () => {
    setPhase('sending');
    const left = await sendUnsentChanges();
    if (left === 0) await onSignOut(false, 'signin.pinForgotten');
    else setPhase('left');
  });

  const canSend = isOnline && phase === 'ask';
  let text: string;
  if (counts === undefined) text = '';
  else if (unsent === 0) text = tSignOut('signout.noUnsent');
  else if (phase === 'sending') text = tLock('lock.sending');
  else if (phase === 'left') text = tSignOut('signout.unsentLeft', { n: unsent });
  else text = isOnline ? tSignOut('signout.unsentOnline', { n: unsent }) : tSignOut('signout.unsentOffline', { n: unsent });

  return (
    <section class="card lock-page__form" aria-labelledby="lock-signout-title" data-testid="lock-sign-out">
      <h2 id="lock-signout-title">{tSignOut('signout.title')}</h2>
      <p role="status">{text}</p>
      {unsent > 0 && !canSend && phase !== 'sending' && <p>{tSignOut('signout.keepHint')}</p>}
      <div class="actions">
        {counts !== undefined && unsent === 0 && (
          <button type="button" class="button button--primary" disabled={isBusy} onClick={() => void erase()}>{tSignOut('signout.confirm')}</button>
        )}
        {unsent > 0 && canSend && (
          <button type="button" class="button button--primary" disabled={isBusy} onClick={() => void send()}>{tSignOut('signout.send')}</button>
        )}
        {unsent > 0 && phase !== 'sending' && (
          <button type="button" class={canSend ? 'button' : 'button button--primary'} disabled={isBusy} onClick={() => void keep()}>{tSignOut('signout.keep')}</button>
        )}
        {unsent > 0 && !canSend && phase !== 'sending' && (
          <button type="button" class="button button--danger" disabled={isBusy} onClick={() => void erase()}>{tSignOut('signout.discard', { n: unsent })}</button>
        )}
        <button type="button" class="button button--quiet" disabled={phase === 'sending'} onClick={onBack}>{tSignOut('signout.back')}</button>
      </div>
    </section>
  );
}
