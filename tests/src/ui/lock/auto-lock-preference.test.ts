import { describe, expect, it } from 'vitest';
import { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES, parseAutoLockMinutes } from '../../../../src/ui/lock/auto-lock-preference.ts';

describe('parseAutoLockMinutes', () => {
  it('keeps each of the offered choices', () => {
    for (const minutes of AUTO_LOCK_CHOICES) expect(parseAutoLockMinutes(String(minutes))).toBe(minutes);
  });

  it('falls back to 5 minutes for nothing stored, a value not offered, or garbage', () => {
    expect(DEFAULT_AUTO_LOCK_MINUTES).toBe(5);
    for (const raw of [null, '', '0', '0.05', '60', '-1', 'never']) expect(parseAutoLockMinutes(raw)).toBe(5);
  });
});
