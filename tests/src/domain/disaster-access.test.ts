import { describe, expect, it } from 'vitest';
import { canReadByDisaster, isEventOpen, isWideningActive, toDisasterCase, type EventScope } from '../../../src/domain/disaster-access.ts';
import { DISASTER_CASE_FIELDS } from '../../../src/schema/disaster-event.ts';
import { makeCase } from '../../fixtures/records.ts';

const NOW = new Date('2026-09-01T10:00:00+09:00');
const declared: EventScope = {
  areas: ['142018'], declaredBy: 'user-admin', declaredAt: '2026-09-01T07:00:00+09:00', responders: ['user-kamakura'], endedAt: null,
};

describe('disaster access', () => {
  it('widens for a named responder, in an affected area, while the declaration is in force', () => {
    expect(canReadByDisaster('user-kamakura', declared, '142018', NOW)).toBe(true);
    expect(canReadByDisaster('user-miura', declared, '142018', NOW)).toBe(false);
    expect(canReadByDisaster('user-kamakura', declared, '142107', NOW)).toBe(false);
  });

  it('never widens for an undeclared event, before the declaration, or from the event\'s end on', () => {
    expect(isWideningActive({ ...declared, declaredBy: null }, NOW)).toBe(false);
    expect(isWideningActive({ ...declared, declaredAt: '2026-09-01T11:00:00+09:00' }, NOW)).toBe(false);
    const ending = { ...declared, endedAt: '2026-09-01T10:00:00+09:00' };
    expect(isWideningActive(ending, new Date(NOW.getTime() - 1))).toBe(true);
    expect(isWideningActive(ending, NOW)).toBe(false);
    expect(isEventOpen({ ...declared, deleted: true }, NOW)).toBe(false);
  });

  it('keeps only the disaster fields of a case, and only the care team a power cut needs', () => {
    const record = makeCase({
      diagnoses: ['試験診断'], notes: 'メモ', meisId: 'MEIS-1',
      careTeam: [{ role: 'device-supplier', name: '業者', resourceId: null, phone: '' }, { role: 'school', name: '学校', resourceId: null, phone: '' }],
    });
    const view = toDisasterCase(record);
    expect(Object.keys(view).sort()).toEqual(['id', ...DISASTER_CASE_FIELDS].sort());
    expect(view.careTeam.map((m) => m.role)).toEqual(['device-supplier']);
  });
});
