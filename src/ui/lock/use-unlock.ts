import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { readVault, unlockVault, WIPE_AFTER_FAILURES } from '../../db/vault.ts';

export type UnlockView = {
  /** Wrong PINs in a row so far (kept on the device: a reload does not reset them). */
  failures: number;
  attemptsLeft: number;
  retryAfter: string | null;
  /** The last try was a wrong PIN. */
  isWrong: boolean;
  isBusy: boolean;
  /** The limit is reached: the device must be wiped. */
  mustWipe: boolean;
};

const initial: UnlockView = {
  failures: 0, attemptsLeft: WIPE_AFTER_FAILURES, retryAfter: null, isWrong: false, isBusy: false, mustWipe: false,
};

const fromFailures = (failures: number) => ({
  failures, attemptsLeft: Math.max(0, WIPE_AFTER_FAILURES - failures), mustWipe: failures >= WIPE_AFTER_FAILURES,
});

/** Tries PINs against the vault; success needs no handling here (the lock state flips and this screen goes). */
export function useUnlock(): [UnlockView, (pin: string) => Promise<boolean>] {
  const [view, setView] = useState(initial);

  // Wrong PINs and a running delay survive a reload; show them from the start.
  useEffect(() => {
    void readVault(getDb()).then((vault) => {
      if (vault) setView((previous) => ({ ...previous, ...fromFailures(vault.failures), retryAfter: vault.retryAfter }));
    });
  }, []);

  async function tryPin(pin: string): Promise<boolean> {
    setView((previous) => ({ ...previous, isBusy: true }));
    const result = await unlockVault(getDb(), pin).catch((error: unknown) => {
      setView((previous) => ({ ...previous, isBusy: false }));
      throw error;
    });
    if (result.ok) return true;
    setView((previous) => {
      const next = { ...previous, isBusy: false };
      switch (result.reason) {
        case 'wrong-pin': return { ...next, ...fromFailures(result.failures), retryAfter: result.retryAfter, isWrong: true };
        case 'wait': return { ...next, retryAfter: result.retryAfter, isWrong: false };
        case 'wipe': return { ...next, ...fromFailures(result.failures), isWrong: false };
      }
    });
    return false;
  }

  return [view, tryPin];
}
