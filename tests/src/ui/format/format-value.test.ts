import { describe, expect, it } from 'vitest';
import { fieldLabelKey, formatValue } from '../../../../src/ui/format/format-value.ts';

describe('formatValue', () => {
  it('shows missing and empty values as a dash', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue('')).toBe('—');
  });

  it('shows scalars as they are and structures as indented JSON', () => {
    expect(formatValue('在宅')).toBe('在宅');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(false)).toBe('false');
    expect(formatValue([{ name: '加藤' }])).toBe('[\n  {\n    "name": "加藤"\n  }\n]');
  });
});

describe('fieldLabelKey', () => {
  it('names a nested path by its top-level field', () => {
    expect(fieldLabelKey('evacuationPlan.helpers.0.name')).toBe('evac.title');
  });

  it('has no label for an unknown field', () => {
    expect(fieldLabelKey('meisId')).toBeNull();
  });
});
