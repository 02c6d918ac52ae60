import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../../src/db/database.ts';
import type { PendingChange } from '../../../../src/db/pending-changes.ts';
import { caseIdOf, describePending } from '../../../../src/ui/sync/pending-description.ts';

const CASE_ID = '11111111-1111-4111-8111-111111111111';
const AT = '2026-11-26T12:22:00.000Z';

function change(collection: OutboxEntry['collection'], record: Record<string, unknown> | null, fields: Record<string, unknown> = {}): PendingChange {
  const entry: OutboxEntry = {
    id: crypto.randomUUID(), collection, recordId: collection === 'cases' ? CASE_ID : crypto.randomUUID(), baseRev: null,
    op: 'upsert', fields, at: '1764159720000:0:tablet', state: 'pending',
  };
  return { entry, record };
}

const names = new Map([[CASE_ID, '架空 ひかり']]);

describe('describePending', () => {
  it('names the child a visit or a safety check belongs to, with the time it records', () => {
    const visit = change('visits', { id: 'v', caseId: CASE_ID, at: AT, note: '訪問' });
    expect(caseIdOf(visit)).toBe(CASE_ID);
    expect(describePending(visit, names)).toMatch(/^架空 ひかりさん・2026\/11\/2\d \d{2}:22$/);
    expect(describePending(change('safetyChecks', { caseId: CASE_ID, at: AT, status: 'safe' }), names)).toContain('架空 ひかり');
  });

  it('names a case by its own name, and finds a visit’s child from the change when the record lacks it', () => {
    expect(describePending(change('cases', { id: CASE_ID, name: '架空 ひかり' }), new Map())).toBe('架空 ひかり');
    expect(caseIdOf(change('visits', { at: AT }, { caseId: CASE_ID }))).toBe(CASE_ID);
  });

  it('keeps the time, or says so, when the child’s case is not on this device', () => {
    expect(describePending(change('visits', { caseId: CASE_ID, at: AT }), new Map())).toMatch(/^2026\/11\/2\d \d{2}:22$/);
    expect(describePending(change('visits', { caseId: CASE_ID }), new Map())).toBe('（ケースがこの端末にありません）');
  });
});
