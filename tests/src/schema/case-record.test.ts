import { describe, expect, it } from 'vitest';
import { CaseFieldsSchema, CaseSchema } from '../../../src/schema/case.ts';
import { isNotFutureDate } from '../../../src/schema/case-parts.ts';
import { VisitFieldsSchema } from '../../../src/schema/visit.ts';
import { makeCase } from '../../fixtures/records.ts';

const base = { name: '架空 花子', nameKana: 'かくう はなこ', birthDate: '2019-05-01', municipalityCode: '142018' };
const firstIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues[0];

describe('CaseFieldsSchema (the full case record)', () => {
  it('reads a record written before siblings, power plan and 蘇生バッグ existed, with defaults', () => {
    const { siblings: _s, powerPlan: _p, hasResuscitationBag: _r, ...old } = makeCase();
    const parsed = CaseSchema.parse(old);
    expect(parsed.siblings).toEqual([]);
    expect(parsed.powerPlan).toEqual([]);
    expect(parsed.hasResuscitationBag).toBe(false);
  });

  it('refuses a date that does not exist, in Japanese', () => {
    const issue = firstIssue(CaseFieldsSchema.safeParse({ ...base, birthDate: '2023-02-30' }));
    expect(issue?.path).toEqual(['birthDate']);
    expect(issue?.message).toBe('日付は YYYY-MM-DD の形式で入力してください');
  });

  it('refuses a birth date in the future', () => {
    const issue = firstIssue(CaseFieldsSchema.safeParse({ ...base, birthDate: '2999-01-01' }));
    expect(issue?.message).toBe('生年月日に未来の日付は入力できません');
  });

  it('takes today in Japan as the last possible birth date, whatever the time zone', () => {
    // 2026-11-26 23:30 UTC is already 11月27日 08:30 in Japan.
    const lateUtc = new Date('2026-11-26T23:30:00Z');
    expect(isNotFutureDate('2026-11-27', lateUtc)).toBe(true);
    expect(isNotFutureDate('2026-11-28', lateUtc)).toBe(false);
    // 2026-11-26 10:00 UTC is 19:00 the same day in Japan: tomorrow is refused (it showed as 「-1歳」).
    const dayUtc = new Date('2026-11-26T10:00:00Z');
    expect(isNotFutureDate('2026-11-26', dayUtc)).toBe(true);
    expect(isNotFutureDate('2026-11-27', dayUtc)).toBe(false);
  });

  it('refuses a municipality code whose check digit is wrong', () => {
    const issue = firstIssue(CaseFieldsSchema.safeParse({ ...base, municipalityCode: '142019' }));
    expect(issue?.path).toEqual(['municipalityCode']);
    expect(issue?.message).toContain('検査数字');
  });

  it('refuses negative battery hours and names the device field', () => {
    const device = { id: 'd1', type: 'ventilator', internalBatteryHours: -2 };
    const issue = firstIssue(CaseFieldsSchema.safeParse({ ...base, devices: [device] }));
    expect(issue?.path).toEqual(['devices', 0, 'internalBatteryHours']);
    expect(issue?.message).toBe('0以上で入力してください');
  });

  it('refuses a spare battery count that is not a whole number', () => {
    const issue = firstIssue(CaseFieldsSchema.safeParse({ ...base, devices: [{ id: 'd1', type: 'suction', spareBatteries: 1.5 }] }));
    expect(issue?.message).toBe('整数で入力してください');
  });

  it('refuses a consent that expires before it was given', () => {
    const consent = { id: 'c1', date: '2025-04-01', expiresAt: '2025-03-01' };
    const issue = firstIssue(CaseFieldsSchema.safeParse({ ...base, consents: [consent] }));
    expect(issue?.path).toEqual(['consents', 0, 'expiresAt']);
  });

  it('refuses an unknown power-plan step and a sibling without a name', () => {
    expect(CaseFieldsSchema.safeParse({ ...base, powerPlan: [{ kind: 'solar-kite' }] }).success).toBe(false);
    const issue = firstIssue(CaseFieldsSchema.safeParse({ ...base, siblings: [{ name: '' }] }));
    expect(issue?.path).toEqual(['siblings', 0, 'name']);
  });

  it('keeps 主治医 and hospital as care-team roles', () => {
    const careTeam = [{ role: 'doctor', name: '架空 医師' }, { role: 'hospital', name: 'みほん小児病院' }];
    expect(CaseFieldsSchema.parse({ ...base, careTeam }).careTeam.map((m) => m.resourceId)).toEqual([null, null]);
  });
});

describe('VisitFieldsSchema', () => {
  const visit = { caseId: crypto.randomUUID(), at: '2026-05-01T10:00:00+09:00', note: '訪問した。' };

  it('reads an older note without the richer fields', () => {
    const parsed = VisitFieldsSchema.parse(visit);
    expect(parsed).toMatchObject({ needs: [], followUps: [], correctsVisitId: null, writtenAt: null });
  });

  it('refuses a follow-up without text or with a bad due date', () => {
    expect(VisitFieldsSchema.safeParse({ ...visit, followUps: [{ id: 'f', text: '' }] }).success).toBe(false);
    expect(VisitFieldsSchema.safeParse({ ...visit, followUps: [{ id: 'f', text: '電話', dueOn: '6/1' }] }).success).toBe(false);
  });

  it('links a correction to its original by id', () => {
    expect(VisitFieldsSchema.safeParse({ ...visit, correctsVisitId: 'not-an-id' }).success).toBe(false);
  });
});
