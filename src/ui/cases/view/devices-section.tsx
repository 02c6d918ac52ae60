import { batteryHours, isElectricityDependent, shortestBatteryHours } from '../../../domain/power.ts';
import type { Device } from '../../../schema/case.ts';
import { t } from '../../i18n/i18n.ts';
import { DEVICE_LABELS } from './device-labels.ts';

/** Devices with their battery runway; 電源依存 is derived from them, never typed. */
export function DevicesSection({ devices }: { devices: Device[] }) {
  const isDependent = isElectricityDependent(devices);
  const shortest = shortestBatteryHours(devices);
  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{t('devices.title')}</h2>
      <p data-testid="power-dependency">
        <span class={isDependent ? 'badge badge--power' : 'badge'}>
          {isDependent ? t('devices.dependent') : t('devices.independent')}
        </span>
        {shortest !== null && <strong> {t('devices.shortest', { n: shortest })}</strong>}
      </p>
      {devices.length === 0 ? (
        <p>{t('devices.none')}</p>
      ) : (
        <ul class="plain-list">
          {devices.map((device) => (
            <li key={device.id}>
              {DEVICE_LABELS[device.type]}
              {(device.maker || device.model) && <span class="muted"> {[device.maker, device.model].filter(Boolean).join(' ')}</span>}
              {' — '}
              {device.needsPower ? t('devices.battery', { n: batteryHours(device) }) : t('devices.noPower')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
