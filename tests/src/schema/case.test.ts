import { describe, expect, it } from 'vitest';
import { CaseFieldsSchema, CaseSchema } from '../../../src/schema/case.ts';
import { PushRequestSchema } from '../../../src/schema/sync-protocol.ts';
import { makeCase } from '../../fixtures/records.ts';

describe('CaseSchema', () => {
  it('fills defaults so a minimal record is complete', () => {
    const record = makeCase();
    expect(record.careItems).toEqual([]);
    expect(record.livingSituation).toBe('home');
    expect(record.evacuationPlan).toBeNull();
  });

  it('names the field of a bad birth date', () => {
    const result = CaseSchema.safeParse({ ...makeCase(), birthDate: '2018/04/02' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['birthDate']);
  });

  it('rejects a care-item detail that the item does not have', () => {
    const result = CaseFieldsSchema.shape.careItems.safeParse([{ option: 'oxygen', details: ['oral'] }]);
    expect(result.success).toBe(false);
  });

  it('rejects the same care item twice', () => {
    const result = CaseFieldsSchema.shape.careItems.safeParse([{ option: 'oxygen' }, { option: 'oxygen' }]);
    expect(result.success).toBe(false);
  });

  it('requires a name and kana', () => {
    const result = CaseFieldsSchema.safeParse({ birthDate: '2020-01-01', municipalityCode: '142018', name: ' ', nameKana: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['name', 'nameKana']));
  });
});

describe('PushRequestSchema', () => {
  it('rejects a mutation whose at is not a clock stamp', () => {
    const result = PushRequestSchema.safeParse({
      clientId: 'tablet-1',
      mutations: [{ id: crypto.randomUUID(), collection: 'cases', recordId: crypto.randomUUID(), baseRev: null, op: 'upsert', fields: {}, at: 'yesterday' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['mutations', 0, 'at']);
  });
});
