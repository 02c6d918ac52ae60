import { describe, expect, it } from 'vitest';
import { confirmedAgo, splitByVacancy } from '../../../src/domain/match-availability.ts';
import type { SoftReason } from '../../../src/domain/match-types.ts';

const item = (name: string, reasons: SoftReason[]) => ({ name, reasons });

describe('splitByVacancy', () => {
  it('puts full resources apart from those with a vacancy or no set capacity, keeping the ranking', () => {
    const matches = [
      item('full-a', [{ code: 'full', confirmedAt: '2026-09-20', daysAgo: 1 }]),
      item('open', [{ code: 'vacancy', vacancy: 2, confirmedAt: null, daysAgo: null }]),
      item('nursing', [{ code: 'vacancy-unknown' }]),
      item('full-b', [{ code: 'stale', confirmedAt: null, daysAgo: null }, { code: 'full', confirmedAt: null, daysAgo: null }]),
    ];
    const { open, full } = splitByVacancy(matches);
    expect(open.map((m) => m.name)).toEqual(['open', 'nursing']);
    expect(full.map((m) => m.name)).toEqual(['full-a', 'full-b']);
  });
});

describe('confirmedAgo', () => {
  it('says today and yesterday instead of 0 or 1 days ago', () => {
    expect([0, 1, 2, 40].map(confirmedAgo)).toEqual(['today', 'yesterday', 'days', 'days']);
  });
});
