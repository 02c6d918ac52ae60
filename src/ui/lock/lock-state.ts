import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { hasVault, isUnlocked, lockVault, onLockChange } from '../../db/vault.ts';

// Whether the app may show records: no PIN chosen yet on this device, locked, or unlocked. One state for the
// whole page; the vault's own listener keeps it current (a lock, an unlock, a wipe that removed the vault).

export type LockState = 'checking' | 'no-vault' | 'locked' | 'unlocked';

const listeners = new Set<(state: LockState) => void>();
let state: LockState = 'checking';
let checks = 0;
/** A lock asked for whose keys are not dropped yet: the screens unmount first (drafts flush), then the keys go. */
let isLockPending = false;
/** While the rows already on the tablet are being sealed, the setup screen stays. */
let isSettingUp = false;

function publish(next: LockState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener(state);
}

/** Reads the vault again; the latest check wins over one still running. */
export async function refreshLockState(): Promise<LockState> {
  const check = ++checks;
  const db = getDb();
  const exists = await hasVault(db);
  if (check === checks) publish(!exists || isSettingUp ? 'no-vault' : isUnlocked(db) && !isLockPending ? 'unlocked' : 'locked');
  return state;
}

/**
 * Locks now: the data screens unmount at the next render (so an open editor saves its draft while the keys are
 * still there), then the keys are forgotten.
 */
export function lockApp(): void {
  if (state !== 'unlocked') return;
  // Every other tab of the app locks with this one (each unlocks on its own).
  otherTabs?.postMessage('lock');
  isLockPending = true;
  checks++;
  publish('locked');
  window.setTimeout(() => {
    isLockPending = false;
    lockVault(getDb());
  }, 0);
}

/** The PIN chosen on this device: keys made, rows on the tablet sealed; unlocked afterwards. */
export async function setUpAppPin(pin: string): Promise<void> {
  isSettingUp = true;
  try {
    // Loaded here: only a first sign-in needs it, never the daily start-up.
    const { setUpPin } = await import('../../db/device-lock.ts');
    await setUpPin(getDb(), pin);
  } finally {
    isSettingUp = false;
    await refreshLockState();
  }
}

/** Forgets the keys once the screens the current render removes have unmounted (and written their drafts). */
export function lockAfterUnmount(): void {
  window.setTimeout(() => lockVault(getDb()), 0);
}

export const getLockState = (): LockState => state;

const otherTabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('tsunagu-lock') : null;

let isWatching = false;
function watch(): void {
  if (isWatching) return;
  isWatching = true;
  otherTabs?.addEventListener('message', () => lockApp());
  onLockChange(() => void refreshLockState());
  void refreshLockState();
}

export function useLockState(): LockState {
  const [value, setValue] = useState(state);
  useEffect(() => {
    listeners.add(setValue);
    watch();
    setValue(state);
    return () => listeners.delete(setValue);
  }, []);
  return value;
}
