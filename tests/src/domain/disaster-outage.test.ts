import { describe, expect, it } from 'vitest';
import { checkOutageStart } from '../../../src/domain/disaster-outage.ts';

const NOW = new Date('2026-09-01T10:00:00+09:00');

describe('checkOutageStart', () => {
  it('accepts a start in the past, or a few minutes ahead of this tablet\'s clock', () => {
    expect(checkOutageStart('2026-09-01T06:00:00+09:00', NOW)).toBeNull();
    expect(checkOutageStart('2026-09-01T10:04:00+09:00', NOW)).toBeNull();
  });

  it('refuses a start in the future, which would show every battery full', () => {
    expect(checkOutageStart('2026-09-02T06:00:00+09:00', NOW)).toBe('future');
  });

  it('refuses an empty or unreadable time', () => {
    expect(checkOutageStart('', NOW)).toBe('invalid');
    expect(checkOutageStart('2026-13-45T99:00', NOW)).toBe('invalid');
  });
});
