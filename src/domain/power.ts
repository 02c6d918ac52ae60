import type { Device } from '../schema/case.ts';

/** Derived, never typed: a child depends on electricity when any device keeping them alive needs power. */
export function isElectricityDependent(devices: readonly { type: string; needsPower: boolean }[]): boolean {
  return devices.some((device) => device.needsPower && device.type !== 'other');
}

type BatteryFields = Pick<Device, 'internalBatteryHours' | 'externalBatteryHours' | 'spareBatteries'> & Partial<Pick<Device, 'cylinderHours'>>;

/** The parts of a device's runway, so the view can say what the total assumes (spares charged, cylinders full). */
export type BatteryBreakdown = { internal: number; external: number; spares: number; perSpare: number; cylinder: number; total: number };

export function batteryBreakdown(device: BatteryFields): BatteryBreakdown {
  const perSpare = device.externalBatteryHours || device.internalBatteryHours;
  const cylinder = device.cylinderHours ?? 0;
  const total = device.internalBatteryHours + device.externalBatteryHours + device.spareBatteries * perSpare + cylinder;
  return { internal: device.internalBatteryHours, external: device.externalBatteryHours, spares: device.spareBatteries, perSpare, cylinder, total };
}

/**
 * Hours the child keeps this device's help without mains power: internal + external + spare batteries (each as
 * one external), and for an oxygen concentrator the cylinders at home (酸素ボンベ).
 */
export function batteryHours(device: BatteryFields): number {
  return batteryBreakdown(device).total;
}

/** The shortest runway across the powered devices, or null when none needs power. */
export function shortestBatteryHours(devices: readonly Device[]): number | null {
  const powered = devices.filter((device) => device.needsPower);
  if (powered.length === 0) return null;
  return Math.min(...powered.map(batteryHours));
}
