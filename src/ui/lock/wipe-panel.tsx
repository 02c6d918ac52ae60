import { useEffect, useState } from 'preact/hooks';
import { WIPE_AFTER_FAILURES } from '../../db/vault.ts';
import { t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { tLock } from './lock-messages.ts';
import { countUnsent, sendUnsentChanges } from './send-before-wipe.ts';

type Props = { onSignOut: (hasUnsent: boolean, notice: MessageKey) => Promise<void> };

/** The wrong-PIN limit is reached: unsent changes are pushed if the tablet is online, then everything local goes. */
export function WipePanel({ onSignOut }: Props) {
  const [isSending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      if ((await countUnsent()).pending > 0 && navigator.onLine) setSending(true);
      const left = await sendUnsentChanges();
      await onSignOut(false, left > 0 ? 'signin.lockWipedUnsent' : 'signin.lockWiped');
    })().catch((caught: unknown) => setError(t('common.error', { message: String(caught) })));
  }, []);

  return (
    <div class="card card--alert lock-page__form" data-testid="lock-wiping">
      <p role="status">
        {tLock('lock.wiping', { n: WIPE_AFTER_FAILURES })}
        {isSending && <><br />{tLock('lock.sending')}</>}
      </p>
      {error && <p class="error" role="alert">{error}</p>}
    </div>
  );
}
