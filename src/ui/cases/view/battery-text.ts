import { batteryBreakdown } from '../../../domain/power.ts';
import type { Device } from '../../../schema/case.ts';
import { v } from './messages.ts';

type BatteryFields = Pick<Device, 'internalBatteryHours' | 'externalBatteryHours' | 'spareBatteries'> & Partial<Pick<Device, 'cylinderHours'>>;

/**
 * 「内蔵 6h ＋ 外部 10.5h ＋ 予備 2個×10.5h ＝ 最大 37.5h」: every part shown, so nobody reads the total as
 * guaranteed — it holds only if the spares are charged. '' when the device has no battery at all.
 */
export function formatBatteryBreakdown(device: BatteryFields): string {
  const { internal, external, spares, perSpare, cylinder, total } = batteryBreakdown(device);
  const parts = [
    internal > 0 ? v('battery.internal', { n: internal }) : '',
    external > 0 ? v('battery.external', { n: external }) : '',
    spares > 0 && perSpare > 0 ? v('battery.spares', { count: spares, n: perSpare }) : '',
    cylinder > 0 ? v('battery.cylinder', { n: cylinder }) : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return parts.length === 1 && spares === 0 ? parts[0]! : `${parts.join(' ＋ ')} ＝ ${v('battery.total', { n: total })}`;
}

/**
 * What a device means in a power cut. `needsPower` says whether it keeps the child alive, not whether it has a
 * battery: a pulse oximeter with a battery is not 「電源不要」.
 */
export function describeDevicePower(device: BatteryFields & Pick<Device, 'needsPower'>): string {
  const battery = formatBatteryBreakdown(device);
  if (device.needsPower) return v('battery.runway', { text: battery || v('battery.none') });
  return battery ? `${v('battery.notLifeSupport')}（${v('battery.has', { text: battery })}）` : v('battery.notLifeSupport');
}
