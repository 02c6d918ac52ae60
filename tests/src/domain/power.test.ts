import { describe, expect, it } from 'vitest';
import { batteryBreakdown, batteryHours, isElectricityDependent, shortestBatteryHours } from '../../../src/domain/power.ts';
import { DeviceSchema } from '../../../src/schema/case.ts';

const device = (fields: Record<string, unknown>) => DeviceSchema.parse({ id: crypto.randomUUID(), ...fields });

describe('isElectricityDependent (derived, never typed)', () => {
  it('is true when a ventilator needs power', () => {
    expect(isElectricityDependent([device({ type: 'ventilator' })])).toBe(true);
  });

  it('is false with no devices, or only devices that run without mains power', () => {
    expect(isElectricityDependent([])).toBe(false);
    expect(isElectricityDependent([device({ type: 'pulse-oximeter', needsPower: false })])).toBe(false);
  });

  it('does not count an unspecified "other" device', () => {
    expect(isElectricityDependent([device({ type: 'other' })])).toBe(false);
  });
});

describe('battery runway', () => {
  it('adds internal, external and one external per spare battery', () => {
    expect(batteryHours(device({ type: 'ventilator', internalBatteryHours: 4, externalBatteryHours: 8, spareBatteries: 2 }))).toBe(28);
  });

  it('breaks the runway into its parts (one external per spare, or one internal when there is no external)', () => {
    expect(batteryBreakdown(device({ type: 'ventilator', internalBatteryHours: 6, externalBatteryHours: 10.5, spareBatteries: 2 })))
      .toEqual({ internal: 6, external: 10.5, spares: 2, perSpare: 10.5, cylinder: 0, total: 37.5 });
    expect(batteryBreakdown(device({ type: 'suction', internalBatteryHours: 1, spareBatteries: 1 })).perSpare).toBe(1);
  });

  it('adds an oxygen concentrator\'s cylinders at home, and reads a device stored before they were kept as none', () => {
    expect(batteryBreakdown(device({ type: 'oxygen-concentrator', cylinderHours: 12 }))).toMatchObject({ cylinder: 12, total: 12 });
    const { cylinderHours: _kept, ...older } = device({ type: 'oxygen-concentrator', internalBatteryHours: 2 });
    expect(batteryBreakdown(older).total).toBe(2);
  });

  it('takes the shortest powered device', () => {
    const devices = [device({ type: 'ventilator', internalBatteryHours: 6 }), device({ type: 'suction', internalBatteryHours: 1 })];
    expect(shortestBatteryHours(devices)).toBe(1);
    expect(shortestBatteryHours([device({ type: 'nebulizer', needsPower: false })])).toBeNull();
  });
});
