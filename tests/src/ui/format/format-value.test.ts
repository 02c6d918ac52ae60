import { describe, expect, it } from 'vitest';
import { fieldLabel, formatValue } from '../../../../src/ui/format/format-value.ts';

describe('formatValue', () => {
  it('shows missing and empty values as a dash', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue('')).toBe('—');
  });

  it('shows scalars as they are, yes/no in words and structures as indented JSON', () => {
    expect(formatValue('在宅')).toBe('在宅');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(false)).toBe('いいえ');
    expect(formatValue(true)).toBe('はい');
    expect(formatValue([{ name: '加藤' }])).toBe('[\n  {\n    "name": "加藤"\n  }\n]');
  });

  it('shows a deletion in conflict as what each side does', () => {
    expect(formatValue(true, 'deleted')).toBe('削除する');
    expect(formatValue(false, 'deleted')).toBe('削除しないで残す（変更あり）');
    expect(fieldLabel('deleted')).toBe('削除');
  });
});

describe('fieldLabel', () => {
  it('names a nested path by its top-level field', () => {
    expect(fieldLabel('evacuationPlan.helpers.0.name')).toBe('個別避難計画');
  });

  it('shows an unknown field by its own name', () => {
    expect(fieldLabel('meisId')).toBe('meisId');
  });
});
