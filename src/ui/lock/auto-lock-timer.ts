// The auto-lock rule, free of the DOM so it can be tested with a fake clock: lock after `idleMs` without a
// touch or key, and on return when the app was hidden for longer than `hiddenMs`. Timers do not run while a
// tablet's browser is in the background (iPadOS suspends them), so a return checks both limits itself.

export type Clock = {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
};

export type AutoLockOptions = {
  /** Read at every check, so a changed preference applies at once. */
  idleMs: () => number;
  hiddenMs: number;
  onLock: () => void;
  clock: Clock;
};

export type AutoLock = {
  noteActivity(): void;
  noteHidden(): void;
  noteVisible(): void;
  /** Re-reads the idle limit (after the preference changed). */
  restart(): void;
  stop(): void;
};

/** Activity closer together than this does not re-arm the timer (pointermove and scroll fire very often). */
const ACTIVITY_GRANULARITY_MS = 1000;

export function createAutoLock({ idleMs, hiddenMs, onLock, clock }: AutoLockOptions): AutoLock {
  let lastActivity = clock.now();
  let hiddenAt: number | null = null;
  let timer: number | undefined;
  let isStopped = false;

  const clear = () => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
  };

  const lock = () => {
    if (isStopped) return;
    isStopped = true;
    clear();
    onLock();
  };

  const arm = () => {
    clear();
    if (isStopped) return;
    const remaining = lastActivity + idleMs() - clock.now();
    if (remaining <= 0) return lock();
    timer = clock.setTimeout(arm, remaining);
  };

  arm();
  return {
    noteActivity() {
      if (isStopped || hiddenAt !== null) return;
      const now = clock.now();
      if (now - lastActivity < ACTIVITY_GRANULARITY_MS) return;
      lastActivity = now;
      arm();
    },
    noteHidden() {
      hiddenAt ??= clock.now();
    },
    noteVisible() {
      if (hiddenAt === null) return;
      const wasHiddenFor = clock.now() - hiddenAt;
      hiddenAt = null;
      if (wasHiddenFor > hiddenMs) return lock();
      arm();
    },
    restart: arm,
    stop() {
      isStopped = true;
      clear();
    },
  };
}
