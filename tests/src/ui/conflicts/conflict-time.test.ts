import { describe, expect, it } from 'vitest';
import { formatStamp } from '../../../../src/ui/format/format-time.ts';

const formatConflictTime = (stamp: string) => formatStamp(stamp, true);

describe('formatConflictTime', () => {
  it('tells apart two edits 1.5 s apart in the same minute', () => {
    const first = new Date(2026, 10, 26, 19, 47, 3, 200).getTime();
    expect(formatConflictTime(`${first}:0:tablet-a`)).toBe('2026/11/26 19:47:03');
    expect(formatConflictTime(`${first + 1500}:0:tablet-b`)).toBe('2026/11/26 19:47:04');
  });

  it('shows text that is no time as it is', () => {
    expect(formatConflictTime('unknown')).toBe('unknown');
  });
});
