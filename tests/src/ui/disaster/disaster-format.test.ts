import { describe, expect, it } from 'vitest';
import { toDisasterCase } from '../../../../src/domain/disaster-access.ts';
import { toDisasterRow } from '../../../../src/domain/disaster-row.ts';
import { triageCases } from '../../../../src/domain/triage.ts';
import { DeviceSchema, type Device } from '../../../../src/schema/case.ts';
import { bandText, devicesText, soonestText } from '../../../../src/ui/disaster/disaster-format.ts';
import { makeCase } from '../../../fixtures/records.ts';

const OUTAGE = '2026-09-01T06:00:00+09:00';
const device = (type: Device['type'], internalBatteryHours: number) =>
  DeviceSchema.parse({ id: `${type}-${internalBatteryHours}`, type, internalBatteryHours });

function triagedAt(now: string, devices: Device[], overrides = {}) {
  const row = toDisasterRow(toDisasterCase(makeCase({ devices, ...overrides })));
  return triageCases([row], OUTAGE, new Date(now), '2026-09-01')[0]!;
}

describe('disaster card wording', () => {
  it('says a device with no battery stops with the power cut, never 「0 時間超過」', () => {
    const item = triagedAt(OUTAGE, [device('oxygen-concentrator', 0)]);
    expect(devicesText(item)).toBe('酸素濃縮装置 停電と同時に停止（バッテリーなし）');
    expect(soonestText(item)).toBe('停電と同時に停止（バッテリーなし）');
    expect(bandText(item)).toContain('最優先');
  });

  it('keeps 「N 時間超過」 for a battery that really ran out, and no zero hours at the moment it does', () => {
    expect(devicesText(triagedAt('2026-09-01T10:00:00+09:00', [device('ventilator', 2)]))).toBe('人工呼吸器 バッテリー切れ（2 時間超過）');
    expect(devicesText(triagedAt('2026-09-01T08:00:00+09:00', [device('ventilator', 2)]))).toBe('人工呼吸器 バッテリー切れ');
    expect(devicesText(triagedAt('2026-09-01T07:00:00+09:00', [device('ventilator', 2)]))).toBe('人工呼吸器 残り 1 時間 （6時間未満）');
  });

  it('rounds hours left down, never showing a battery lasting longer than it does', () => {
    // 6 h battery, 2.4 s after the outage: 5.9993 h left is 5.9, not 6 (which read 「残り 6 時間（6時間未満）」).
    expect(devicesText(triagedAt('2026-09-01T06:00:02.400+09:00', [device('suction', 6)]))).toBe('吸引器 残り 5.9 時間 （6時間未満）');
  });

  it('names the device that stops first in the summary', () => {
    const item = triagedAt('2026-09-01T07:00:00+09:00', [device('ventilator', 10), device('suction', 3)]);
    expect(soonestText(item)).toBe('残り 2 時間');
  });

  it('says 入院中 for a child in hospital instead of a battery countdown', () => {
    const item = triagedAt('2026-09-01T10:00:00+09:00', [device('ventilator', 2)], { livingSituation: 'hospital' });
    expect(bandText(item)).toBe('入院中：病院の電源');
    expect(devicesText(item)).toBe('人工呼吸器 入院中（病院の電源）');
  });

  it('never says 「電源を要する機器なし」 for a ventilator child whose devices were not recorded: it asks the family', () => {
    const item = triagedAt('2026-09-01T10:00:00+09:00', [], { careItems: [{ option: 'ventilator', watch: 'high', details: [] }] });
    expect(bandText(item)).toBe('至急：バッテリー残り不明');
    expect(devicesText(item)).toBe('電源を使う機器・バッテリー時間が未登録（家族に確認）');
    expect(devicesText(triagedAt('2026-09-01T10:00:00+09:00', []))).toBe('電源を要する機器なし');
  });
});
