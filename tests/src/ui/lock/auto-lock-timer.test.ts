import { describe, expect, it } from 'vitest';
import { createAutoLock, type Clock } from '../../../../src/ui/lock/auto-lock-timer.ts';

/** A clock whose time moves only when the test says; due timers fire in order. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      timers.set(nextId, { at: now + ms, callback });
      return nextId++;
    },
    clearTimeout(id) {
      timers.delete(id);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
  };
}

const MINUTE = 60_000;

function setUp(idleMinutes = 5) {
  const clock = fakeClock();
  let locks = 0;
  let idleMs = idleMinutes * MINUTE;
  const autoLock = createAutoLock({ idleMs: () => idleMs, hiddenMs: MINUTE, onLock: () => locks++, clock });
  return { clock, autoLock, locks: () => locks, setIdle: (minutes: number) => (idleMs = minutes * MINUTE) };
}

describe('createAutoLock', () => {
  it('locks once after the idle minutes with no activity', () => {
    const { clock, locks } = setUp(5);
    clock.advance(5 * MINUTE - 1);
    expect(locks()).toBe(0);
    clock.advance(1);
    expect(locks()).toBe(1);
    clock.advance(30 * MINUTE);
    expect(locks()).toBe(1);
  });

  it('counts the idle time from the last activity', () => {
    const { clock, autoLock, locks } = setUp(5);
    clock.advance(4 * MINUTE);
    autoLock.noteActivity();
    clock.advance(4 * MINUTE);
    expect(locks()).toBe(0);
    clock.advance(MINUTE);
    expect(locks()).toBe(1);
  });

  it('applies a shorter idle limit at once when restarted after the preference changed', () => {
    const { clock, autoLock, locks, setIdle } = setUp(30);
    clock.advance(2 * MINUTE);
    setIdle(1);
    autoLock.restart();
    expect(locks()).toBe(1);
  });

  it('locks on return when the app was hidden for longer than the limit', () => {
    const { clock, autoLock, locks } = setUp(30);
    autoLock.noteHidden();
    clock.advance(MINUTE + 1);
    expect(locks()).toBe(0);
    autoLock.noteVisible();
    expect(locks()).toBe(1);
  });

  it('does not lock on a short trip to another app, and keeps counting idle time from before it', () => {
    const { clock, autoLock, locks } = setUp(5);
    clock.advance(4 * MINUTE);
    autoLock.noteHidden();
    clock.advance(30_000);
    autoLock.noteVisible();
    expect(locks()).toBe(0);
    clock.advance(30_000);
    expect(locks()).toBe(1);
  });

  it('locks on return when timers did not run while hidden but the idle limit has passed', () => {
    const clock = fakeClock();
    let locks = 0;
    const suspended: Clock = { now: clock.now, setTimeout: () => 0, clearTimeout: () => undefined };
    const autoLock = createAutoLock({ idleMs: () => 5 * MINUTE, hiddenMs: 10 * MINUTE, onLock: () => locks++, clock: suspended });
    autoLock.noteHidden();
    clock.advance(6 * MINUTE);
    autoLock.noteVisible();
    expect(locks).toBe(1);
  });

  it('never locks after stop', () => {
    const { clock, autoLock, locks } = setUp(1);
    autoLock.stop();
    autoLock.noteHidden();
    clock.advance(10 * MINUTE);
    autoLock.noteVisible();
    expect(locks()).toBe(0);
  });
});
