import { describe, expect, it } from 'vitest';
import { formatWait, secondsUntil } from '../../../../src/ui/lock/countdown.ts';

describe('secondsUntil', () => {
  const now = Date.parse('2026-05-01T10:00:00.000Z');

  it('is 0 when no wait is in force', () => {
    expect(secondsUntil(null, now)).toBe(0);
  });

  it('rounds a part second up, so the screen never says 0 while the vault still refuses', () => {
    expect(secondsUntil('2026-05-01T10:00:29.200Z', now)).toBe(30);
    expect(secondsUntil('2026-05-01T10:00:00.001Z', now)).toBe(1);
  });

  it('is 0 once the time has passed, and for a value that is not a time', () => {
    expect(secondsUntil('2026-05-01T09:59:59.000Z', now)).toBe(0);
    expect(secondsUntil('2026-05-01T10:00:00.000Z', now)).toBe(0);
    expect(secondsUntil('soon', now)).toBe(0);
  });
});

describe('formatWait', () => {
  it('says seconds alone under a minute', () => {
    expect(formatWait(45, 'ja')).toBe('45秒');
    expect(formatWait(45, 'en')).toBe('45 s');
  });

  it('says minutes and two-digit seconds from a minute up', () => {
    expect(formatWait(299, 'ja')).toBe('4分59秒');
    expect(formatWait(65, 'ja')).toBe('1分05秒');
    expect(formatWait(900, 'en')).toBe('15 min 00 s');
  });

  it('never shows a negative or fractional wait', () => {
    expect(formatWait(-3, 'ja')).toBe('0秒');
    expect(formatWait(29.2, 'en')).toBe('30 s');
  });
});
