import { describe, expect, it } from 'vitest';
import { formatStamp, formatSyncTime, parseStamp } from '../../../../src/ui/format/format-time.ts';

describe('formatSyncTime', () => {
  const now = new Date(2026, 4, 10, 15, 0);

  it('shows only HH:MM for a sync earlier today', () => {
    expect(formatSyncTime(new Date(2026, 4, 10, 9, 5).toISOString(), now)).toBe('09:05');
  });

  it('adds the day for an older sync', () => {
    expect(formatSyncTime(new Date(2026, 4, 8, 23, 59).toISOString(), now)).toBe('5/8 23:59');
  });

  it('shows nothing for text that is no time', () => {
    expect(formatSyncTime('never', now)).toBe('');
  });
});

describe('parseStamp', () => {
  it('reads the milliseconds of a hybrid logical clock stamp', () => {
    expect(parseStamp('1767225600000:0003:device-1')?.getTime()).toBe(1767225600000);
  });

  it('reads an ISO time and refuses garbage', () => {
    expect(parseStamp('2026-01-01T00:00:00.000Z')?.getTime()).toBe(Date.UTC(2026, 0, 1));
    expect(parseStamp('yesterday')).toBeNull();
  });

  it('formats an unreadable stamp as itself rather than hiding it', () => {
    expect(formatStamp('yesterday')).toBe('yesterday');
  });
});
