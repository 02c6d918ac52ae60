import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDisasterCase } from '../../../src/domain/disaster-access.ts';
import { toDisasterRow } from '../../../src/domain/disaster-row.ts';
import { latestChecks, latestNotes, summarizeSafety } from '../../../src/domain/safety-status.ts';
import { triageCases } from '../../../src/domain/triage.ts';
import { DeviceSchema } from '../../../src/schema/case.ts';
import { SafetyCheckSchema, type SafetyCheck } from '../../../src/schema/safety-check.ts';
import { makeCase } from '../../fixtures/records.ts';

const EVENT = 'event-1';
const CASE_A = '11111111-1111-4111-8111-111111111111';
const CASE_B = '22222222-2222-4222-8222-222222222222';

function check(caseId: string, status: SafetyCheck['status'], at: string, by: string, eventId = EVENT): SafetyCheck {
  return SafetyCheckSchema.parse({ id: crypto.randomUUID(), rev: 0, deleted: false, updatedAt: at, caseId, eventId, status, at, by, note: '' });
}

const noted = (caseId: string, status: SafetyCheck['status'], at: string, note: string) => ({ ...check(caseId, status, at, 'A'), note });

describe('latestNotes', () => {
  it('gives each family the newest note of the event, even when a later check has none', () => {
    const checks = [
      noted(CASE_A, 'unreachable', '2026-09-01T07:00:00+09:00', '留守電に伝言'),
      noted(CASE_A, 'unreachable', '2026-09-01T07:30:00+09:00', '隣家に確認を依頼'),
      noted(CASE_A, 'safe', '2026-09-01T08:00:00+09:00', '  '),
      noted(CASE_B, 'safe', '2026-09-01T09:00:00+09:00', '別の災害のメモ'),
    ];
    checks[3] = { ...checks[3]!, eventId: 'event-0' };
    const notes = latestNotes(checks, EVENT);
    expect(notes.get(CASE_A)?.note).toBe('隣家に確認を依頼');
    expect(latestChecks(checks, EVENT).get(CASE_A)?.status).toBe('safe');
    expect(notes.has(CASE_B)).toBe(false);
  });
});

describe('latestChecks', () => {
  it('merges checks from several devices into the latest by time, whatever order they arrive in', () => {
    const checks = [
      check(CASE_A, 'unreachable', '2026-09-01T07:00:00+09:00', '端末1'),
      check(CASE_A, 'safe', '2026-09-01T08:30:00+09:00', '端末2'),
      check(CASE_A, 'needs-support', '2026-08-31T23:10:00Z', '端末3'), // 08:10 in Japan: before 端末2's
      check(CASE_B, 'evacuated', '2026-09-01T09:00:00+09:00', '端末1'),
      check(CASE_B, 'safe', '2026-09-01T12:00:00+09:00', '別の災害', 'event-0'),
    ];
    fc.assert(fc.property(fc.shuffledSubarray(checks, { minLength: checks.length }), (arrived) => {
      const latest = latestChecks(arrived, EVENT);
      expect(latest.get(CASE_A)?.by).toBe('端末2');
      expect(latest.get(CASE_B)?.status).toBe('evacuated');
    }));
  });

  it('breaks a tie at the same instant by id, so every tablet shows the same status', () => {
    const at = '2026-09-01T08:00:00+09:00';
    const one = check(CASE_A, 'safe', at, 'x');
    const two = check(CASE_A, 'unreachable', at, 'y');
    const winner = one.id > two.id ? one : two;
    expect(latestChecks([one, two], EVENT).get(CASE_A)?.id).toBe(winner.id);
    expect(latestChecks([two, one], EVENT).get(CASE_A)?.id).toBe(winner.id);
  });
});

describe('summarizeSafety', () => {
  it('counts checked of all, lists the unreached and who runs out of battery soonest', () => {
    const powered = (hours: number) => [DeviceSchema.parse({ id: 'd', type: 'ventilator', internalBatteryHours: hours })];
    const a = toDisasterRow(toDisasterCase(makeCase({ id: CASE_A, devices: powered(5) })));
    const b = toDisasterRow(toDisasterCase(makeCase({ id: CASE_B, devices: powered(3) })));
    const c = toDisasterRow(toDisasterCase(makeCase({ devices: powered(30) })));
    const list = triageCases([a, b, c], '2026-09-01T06:00:00+09:00', new Date('2026-09-01T07:00:00+09:00'), '2026-09-01');
    const latest = latestChecks([check(CASE_A, 'unreachable', '2026-09-01T07:00:00+09:00', 'x'), check(CASE_B, 'hospitalised', '2026-09-01T07:00:00+09:00', 'x')], EVENT);
    const summary = summarizeSafety(list, latest);
    expect(summary).toMatchObject({ total: 3, checked: 2 });
    expect(summary.unreached.map((item) => item.row.id)).toEqual([CASE_A, c.id]);
    expect(summary.soonest.map((item) => item.row.id)).toEqual([CASE_A, c.id]);
  });
});
