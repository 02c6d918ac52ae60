import { describe, expect, it } from 'vitest';
import { formatValue as formatFieldValue } from '../../../../src/ui/format/format-value.ts';

describe('formatFieldValue', () => {
  it('writes a date as the record page does, with its era', () => {
    expect(formatFieldValue('2026-11-29', 'birthDate')).toBe('2026年11月29日（令和8年）');
  });

  it('leaves other values to formatValue', () => {
    expect(formatFieldValue('横須賀市本町 1-1', 'address')).toBe('横須賀市本町 1-1');
    expect(formatFieldValue('2026-13-45', 'notes')).toBe('2026-13-45');
    expect(formatFieldValue(null)).toBe('—');
    expect(formatFieldValue(true, 'deleted')).toBe('削除する');
  });
});
