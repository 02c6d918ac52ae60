/** How many failures a key may have before it must wait, and how the wait grows. */
export type RateLimitPolicy = { freeFailures: number; baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number };

export const ACCOUNT_POLICY: RateLimitPolicy = { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
export const ADDRESS_POLICY: RateLimitPolicy = { freeFailures: 20, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };

type Entry = { failures: number; lastAt: number; blockedUntil: number };

const MAX_KEYS = 10_000;

/**
 * Sign-in failures per key (an account name, an address) with exponential backoff: after `freeFailures`, each
 * further failure doubles the wait, up to `maxDelayMs`. In memory: a restart forgets, which only ever lets a
 * legitimate person in sooner; several server processes each count their own share.
 */
export class SignInLimiter {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly policy: RateLimitPolicy) {}

  /** Milliseconds to wait before this key may try again; 0 when it may try now. */
  waitMs(key: string, now: number): number {
    const entry = this.entries.get(key);
    if (!entry) return 0;
    if (now - entry.lastAt > this.policy.forgetAfterMs) {
      this.entries.delete(key);
      return 0;
    }
    return Math.max(0, entry.blockedUntil - now);
  }

  recordFailure(key: string, now: number): void {
    const entry = this.entries.get(key) ?? { failures: 0, lastAt: now, blockedUntil: 0 };
    entry.failures += 1;
    entry.lastAt = now;
    const over = entry.failures - this.policy.freeFailures;
    if (over >= 0) entry.blockedUntil = now + Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** Math.min(over, 20));
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);
  }

  recordSuccess(key: string): void {
    this.entries.delete(key);
  }
}
