import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { countOutbox } from '../../db/outbox.ts';
import { t } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { SignInError, type SignInFailure } from './sign-in-error.ts';

type Props = {
  notice: MessageKey | null;
  onSignIn: (username: string, password: string) => Promise<void>;
};

function describeFailure(failure: SignInFailure): string {
  switch (failure.kind) {
    case 'field': return failure.message;
    case 'invalid': return t('signin.invalid');
    case 'offline': return t('signin.offline');
    case 'other-user-pending': return t('signin.otherUserPending');
    case 'server': return t('signin.failed', { message: failure.message });
  }
}

export function SignIn({ notice, onSignIn }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  // Unsent changes kept on this tablet at a sign-out: said here, so nobody thinks they were lost or sent.
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    void countOutbox(getDb()).then(({ pending, rejected }) => setWaiting(pending + rejected), () => {});
  }, []);

  async function handleSubmit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSignIn(username, password);
    } catch (caught) {
      setError(caught instanceof SignInError ? describeFailure(caught.failure) : t('signin.failed', { message: String(caught) }));
      setBusy(false);
    }
  }

  return (
    <main id="main" class="sign-in">
      <h1 class="sign-in__title">{t('app.name')}</h1>
      <p class="sign-in__lead">{t('signin.lead')}</p>
      {notice && <p class="notice" role="status">{t(notice)}</p>}
      {waiting > 0 && <p class="notice" data-testid="waiting-changes">{t('signin.waitingChanges', { count: waiting })}</p>}
      <form class="card form" onSubmit={handleSubmit} noValidate>
        <h2>{t('signin.title')}</h2>
        <div class="field">
          <label for="signin-username">{t('signin.username')}</label>
          <input id="signin-username" name="username" autocomplete="username" autocapitalize="none" value={username}
            onInput={(e) => setUsername(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="signin-password">{t('signin.password')}</label>
          <input id="signin-password" name="password" type="password" autocomplete="current-password" value={password}
            onInput={(e) => setPassword(e.currentTarget.value)} />
        </div>
        {error && <p class="error" role="alert" data-testid="sign-in-error">{error}</p>}
        <button type="submit" class="button button--primary" disabled={isBusy}>
          {isBusy ? t('signin.busy') : t('signin.submit')}
        </button>
      </form>
    </main>
  );
}
