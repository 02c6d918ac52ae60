import { describe, expect, it } from 'vitest';
import { describeDevicePower, formatBatteryBreakdown } from '../../../../../src/ui/cases/view/battery-text.ts';

const device = (fields: Partial<{ internalBatteryHours: number; externalBatteryHours: number; spareBatteries: number; needsPower: boolean }>) => ({
  internalBatteryHours: 0, externalBatteryHours: 0, spareBatteries: 0, needsPower: true, ...fields,
});

describe('formatBatteryBreakdown', () => {
  it('shows each part and the total as a maximum, so spares are not silently assumed charged', () => {
    expect(formatBatteryBreakdown(device({ internalBatteryHours: 6, externalBatteryHours: 10.5, spareBatteries: 2 })))
      .toBe('内蔵 6h ＋ 外部 10.5h ＋ 予備 2個×10.5h ＝ 最大 37.5h');
  });

  it('shows a single battery as it is', () => {
    expect(formatBatteryBreakdown(device({ internalBatteryHours: 4 }))).toBe('内蔵 4h');
  });
});

describe('describeDevicePower', () => {
  it('never calls a device with a battery 電源不要', () => {
    const oximeter = describeDevicePower(device({ internalBatteryHours: 35, needsPower: false }));
    expect(oximeter).toBe('停電しても生命維持には直結しない機器（バッテリー 内蔵 35h）');
    expect(oximeter).not.toContain('電源不要');
  });

  it('gives the runway of a life-sustaining device, or says it has no battery', () => {
    expect(describeDevicePower(device({ internalBatteryHours: 6, externalBatteryHours: 8 }))).toBe('停電時に使える時間: 内蔵 6h ＋ 外部 8h ＝ 最大 14h');
    expect(describeDevicePower(device({}))).toBe('停電時に使える時間: バッテリーなし');
  });
});
