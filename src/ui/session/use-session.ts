import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { forgetSession, getSession, saveSession } from '../../db/device-state.ts';
import { countOutbox } from '../../db/outbox.ts';
import { hasVault } from '../../db/vault.ts';
import type { StoredSession } from '../../schema/device-state.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { lockAfterUnmount, setUpAppPin } from '../lock/lock-state.ts';
import { navigate } from '../router.ts';
import { useSyncState } from '../sync/use-sync-state.ts';
import { clearDeviceData, endServerSession, prepareDeviceFor, rememberUser } from './device-user.ts';
import { SignInError } from './sign-in-error.ts';
import { checkPersistentStorage, requestPersistentStorage } from './storage-persistence.ts';
import { startSyncAfterPin } from './sync-start.ts';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; notice: MessageKey | null }
  /** Signed in on the server, but the device has no PIN yet: the session is saved (and syncs) only after it. */
  | { kind: 'needs-pin'; session: StoredSession }
  | { kind: 'signed-in'; session: StoredSession };

export type SessionActions = {
  signIn(username: string, password: string): Promise<void>;
  /** `hasUnsent`: keep local data (and the outbox) for the next sign-in; otherwise wipe the device. */
  signOut(hasUnsent: boolean, notice?: MessageKey | null): Promise<void>;
  /** The PIN chosen after sign-in (or on a tablet updated from the version before encryption). */
  setUpPin(pin: string): Promise<void>;
  /** No PIN after all: back to sign-in (a saved session is signed out by the usual rules). */
  cancelPinSetup(): Promise<void>;
};

export function useSession(): [SessionState, SessionActions] {
  const [state, setRendered] = useState<SessionState>({ kind: 'loading' });
  // The state as last set, known at once (the render that shows it comes later): a late async read checks it.
  const latest = useRef(state);
  const setState = useCallback((next: SessionState) => {
    latest.current = next;
    setRendered(next);
  }, []);
  // A sign-out under way has forgotten the session before it says why (it erases the device first): a session
  // read meanwhile finds none, and must not take that for an expired sign-in.
  const signingOut = useRef(false);
  const { status } = useSyncState();

  useEffect(() => {
    void getSession(getDb()).then((session) =>
      setState(session ? { kind: 'signed-in', session } : { kind: 'signed-out', notice: null }),
    );
    void checkPersistentStorage();
  }, []);

  // The sync engine forgets an ended sign-in, wipes a disabled account's device, and rotates tokens; follow it.
  useEffect(() => {
    if (state.kind !== 'signed-in' || !status) return;
    // Signed out by the engine: the keys go too, so the next sign-in asks for the PIN (or sets a new one).
    if (status.state === 'wiped') {
      setState({ kind: 'signed-out', notice: 'signin.disabled' });
      lockAfterUnmount();
      return;
    }
    void getSession(getDb()).then((session) => {
      // Only if nothing moved on meanwhile: a sign-out (a wipe at the PIN limit) that forgot the session says
      // (or has said) why, and this read must not replace it with 「有効期限が切れました」.
      if (latest.current !== state || signingOut.current) return;
      if (!session) {
        setState({ kind: 'signed-out', notice: 'signin.expired' });
        lockAfterUnmount();
      } else if (session.token !== state.session.token) setState({ kind: 'signed-in', session });
    });
  }, [status, state]);

  const startSession = useCallback(async (session: StoredSession) => {
    await saveSession(getDb(), session);
    rememberUser(session.user.id);
    setState({ kind: 'signed-in', session });
    void requestPersistentStorage();
    startSyncAfterPin();
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    // Loaded on demand: a returning coordinator with a stored session never needs it. The first sync's code
    // loads while the server checks the password (a first sign-in starts that sync the moment it answers).
    const loadSyncBeforePin = import('./sync-before-pin.ts');
    // Whether this device is fresh (a first sync before the PIN) is read meanwhile too.
    const freshDevice = loadSyncBeforePin.then(({ readFreshDevice }) => readFreshDevice());
    freshDevice.catch(() => {});
    const { requestSession } = await import('./session-api.ts');
    const response = await requestSession(username, password);
    if (!(await prepareDeviceFor(response.user.id))) throw new SignInError({ kind: 'other-user-pending' });
    const session: StoredSession = {
      token: response.token, expiresAt: response.expiresAt, refreshToken: response.refreshToken,
      refreshExpiresAt: response.refreshExpiresAt, user: response.user,
    };
    // Records kept from this person's earlier sign-in stay sealed under their PIN: the lock screen asks for it.
    if (await hasVault(getDb())) await startSession(session);
    else {
      setState({ kind: 'needs-pin', session });
      // The first sync runs while the PIN is chosen.
      void loadSyncBeforePin.then(({ startSyncBeforePin }) => startSyncBeforePin(session.token, freshDevice));
    }
  }, [startSession]);

  const signOut = useCallback(async (hasUnsent: boolean, notice: MessageKey | null = null) => {
    signingOut.current = true;
    try {
      const session = await getSession(getDb());
      // Ends the sign-in on the server too (its refresh token would otherwise live until the day ends).
      if (session) void endServerSession(session.token);
      await forgetSession(getDb());
      if (!hasUnsent) await clearDeviceData();
      // The next person to sign in starts at home, not on the screen this one left open.
      navigate('#/');
      setState({ kind: 'signed-out', notice });
    } finally {
      signingOut.current = false;
    }
    // Kept records stay sealed: the next sign-in asks for the PIN again.
    lockAfterUnmount();
  }, []);

  const setUpPin = useCallback(async (pin: string) => {
    await setUpAppPin(pin);
    if (state.kind === 'needs-pin') {
      await (await import('./sync-before-pin.ts')).keepSyncBeforePin();
      await startSession(state.session);
    } else startSyncAfterPin();
  }, [state, startSession]);

  const cancelPinSetup = useCallback(async () => {
    if (state.kind === 'needs-pin') {
      void endServerSession(state.session.token);
      await (await import('./sync-before-pin.ts')).abandonSyncBeforePin();
      setState({ kind: 'signed-out', notice: null });
      return;
    }
    const { pending, rejected } = await countOutbox(getDb());
    await signOut(pending + rejected > 0);
  }, [state, signOut]);

  return [state, { signIn, signOut, setUpPin, cancelPinSetup }];
}
