import { isElectricityDependent, shortestBatteryHours } from '../../../domain/power.ts';
import type { Case } from '../../../schema/case.ts';
import { formatDate } from '../../format/format-date.ts';
import { getLanguage } from '../../i18n/i18n.ts';
import { tRecord } from '../record-messages.ts';
import { describeDevicePower } from './battery-text.ts';
import { DEVICE_LABELS } from './device-labels.ts';
import { v } from './messages.ts';
import { POWER_STEP_LABELS } from './power-step-labels.ts';

/** Devices with their battery runway, the power plan and 蘇生バッグ; 電源依存 is derived, never typed. */
export function DevicesSection({ record }: { record: Pick<Case, 'devices' | 'powerPlan' | 'hasResuscitationBag'> }) {
  const { devices } = record;
  const isDependent = isElectricityDependent(devices);
  const shortest = shortestBatteryHours(devices);
  const hasVentilator = devices.some((d) => d.type === 'ventilator');
  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{tRecord('devices.title')}</h2>
      <p data-testid="power-dependency" class="battery">
        <span class={isDependent ? 'badge badge--power' : 'badge'}>
          {isDependent ? tRecord('devices.dependent') : tRecord('devices.independent')}
        </span>
        {shortest !== null && <strong> {tRecord('devices.shortest', { n: shortest })}</strong>}
      </p>
      {devices.length === 0 ? (
        <p>{tRecord('devices.none')}</p>
      ) : (
        <ul class="plain-list" data-testid="devices">
          {devices.map((device) => (
            <li key={device.id}>
              <strong>{DEVICE_LABELS[device.type]}</strong>
              {(device.maker || device.model) && <span class="muted"> {[device.maker, device.model].filter(Boolean).join(' ')}</span>}
              {' — '}
              <span data-testid="device-power">{describeDevicePower(device)}</span>
              {device.spareBatteries > 0 && (
                <div class="muted">
                  {v(device.spareBatteries === 1 ? 'devices.spareOne' : 'devices.spares', { n: device.spareBatteries, dates: device.spareBatteryDates.map(formatDate).join(getLanguage() === 'en' ? ', ' : '、') || '—' })}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {(record.powerPlan ?? []).length > 0 && (
        <>
          <h3>{v('devices.plan')}</h3>
          <ol class="plain-list" data-testid="power-plan">
            {record.powerPlan.map((step) => <li key={step.kind}>{POWER_STEP_LABELS[step.kind]}{step.note && `（${step.note}）`}</li>)}
          </ol>
        </>
      )}
      {(hasVentilator || record.hasResuscitationBag) && (
        <p data-testid="resuscitation-bag">
          {v('devices.bag')}: {record.hasResuscitationBag ? v('devices.bagYes') : <span class="badge badge--warn">{v('devices.bagNo')}</span>}
        </p>
      )}
    </section>
  );
}
