import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toWireJson, toWireRecord, type StoredRecord } from '../../../server/sync/stored-record.ts';

const recordWith = (data: Record<string, unknown>, deleted = false): StoredRecord => ({
  collection: 'cases', id: 'c-1', rev: 42, deleted, updatedAt: '2026-11-26T03:00:00.000Z', scopeCase: 'c-1', data, stamps: {},
});

describe('toWireJson', () => {
  it('writes the same text as serialising the wire record, for any fields', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), (data, deleted) => {
        const record = recordWith(data, deleted);
        expect(toWireJson(record)).toBe(JSON.stringify(toWireRecord(record)));
      }),
    );
  });

  it('writes a record without fields, and lets the metadata win over a field of the same name', () => {
    expect(JSON.parse(toWireJson(recordWith({})))).toEqual({ id: 'c-1', rev: 42, deleted: false, updatedAt: '2026-11-26T03:00:00.000Z' });
    expect(toWireJson(recordWith({ rev: 1, note: 'x' }))).toBe(JSON.stringify(toWireRecord(recordWith({ rev: 1, note: 'x' }))));
  });
});
