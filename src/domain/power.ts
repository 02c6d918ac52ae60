import type { Device } from '../schema/case.ts';

/** Derived, never typed: a child depends on electricity when any device keeping them alive needs power. */
export function isElectricityDependent(devices: readonly { type: string; needsPower: boolean }[]): boolean {
  return devices.some((device) => device.needsPower && device.type !== 'other');
}

/** Hours a device runs without mains power: internal + external + spare batteries (each as one external). */
export function batteryHours(device: Pick<Device, 'internalBatteryHours' | 'externalBatteryHours' | 'spareBatteries'>): number {
  const spare = device.spareBatteries * (device.externalBatteryHours || device.internalBatteryHours);
  return device.internalBatteryHours + device.externalBatteryHours + spare;
}

/** The shortest runway across the powered devices, or null when none needs power. */
export function shortestBatteryHours(devices: readonly Device[]): number | null {
  const powered = devices.filter((device) => device.needsPower);
  if (powered.length === 0) return null;
  return Math.min(...powered.map(batteryHours));
}
