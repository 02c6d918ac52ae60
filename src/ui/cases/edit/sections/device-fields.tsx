import { DEVICE_TYPES } from '../../../../schema/case.ts';
import type { EditorDevice } from '../editor-state.ts';
import { describeDevicePower } from '../../view/battery-text.ts';
import { DEVICE_LABELS } from '../../view/device-labels.ts';
import { PathCheckbox, PathNumber, PathSelect, PathText } from '../inputs.tsx';
import type { RemoveQuestion } from '../list-editor.tsx';
import { m } from '../messages.ts';

// No type until the coordinator picks one: a default would save a 人工呼吸器 nobody chose.
export const newDevice = (): EditorDevice => ({
  id: crypto.randomUUID(), type: '', maker: '', model: '', internalBatteryHours: 0, externalBatteryHours: 0,
  spareBatteries: 0, spareBatteryDates: [], cylinderHours: 0, needsPower: true,
});

type Props = { path: string; device: EditorDevice; onChange: (d: EditorDevice) => void };

const isBlank = (d: EditorDevice) =>
  d.type === '' && !d.maker && !d.model && !d.internalBatteryHours && !d.externalBatteryHours && !d.spareBatteries
  && d.spareBatteryDates.length === 0 && !d.cylinderHours;

/** One tap must not take a ventilator off the record: ask first, unless the device was only just added and is blank. */
export function askBeforeDeviceRemove(device: EditorDevice, name: string): RemoveQuestion | null {
  if (isBlank(device)) return null;
  const type = device.type ? DEVICE_LABELS[device.type] : m('device.typeUnknown');
  return { title: m('device.removeTitle', { name, type }), message: m('device.removeMessage') };
}

function SpareDates({ path, device, onChange }: Props) {
  const dates = device.spareBatteryDates;
  const setDates = (spareBatteryDates: string[]) => onChange({ ...device, spareBatteryDates });
  return (
    <fieldset class="spare-dates">
      <legend>{m('device.spareDates')}</legend>
      {dates.map((date, i) => (
        <div class="inline-field" key={i}>
          <PathText path={`${path}.spareBatteryDates.${i}`} label={m('device.spareDate', { n: i + 1 })} type="date" value={date}
            onValue={(v) => setDates(dates.map((d, j) => (j === i ? v : d)))} />
          <button type="button" class="button button--small" aria-label={`${m('device.spareDate', { n: i + 1 })} ${m('list.remove')}`}
            onClick={() => setDates(dates.filter((_, j) => j !== i))}>{m('list.remove')}</button>
        </div>
      ))}
      <button type="button" class="button button--small" onClick={() => setDates([...dates, ''])}>{m('device.spareDateAdd')}</button>
    </fieldset>
  );
}

/** One device: type, maker and model, battery hours, spare batteries with their dates, whether it needs power. */
export function DeviceFields({ path, device, onChange }: Props) {
  const set = <K extends keyof EditorDevice>(key: K, value: EditorDevice[K]) => onChange({ ...device, [key]: value });
  return (
    <>
      <PathSelect path={`${path}.type`} label={m('device.type')} value={device.type}
        options={[{ value: '', label: m('device.typeChoose') }, ...DEVICE_TYPES.map((type) => ({ value: type, label: DEVICE_LABELS[type] }))]}
        onValue={(v) => set('type', v as EditorDevice['type'])} />
      <PathText path={`${path}.maker`} label={m('device.maker')} value={device.maker} onValue={(v) => set('maker', v)} />
      <PathText path={`${path}.model`} label={m('device.model')} value={device.model} onValue={(v) => set('model', v)} />
      <PathNumber path={`${path}.internalBatteryHours`} label={m('device.internal')} value={device.internalBatteryHours}
        onValue={(v) => set('internalBatteryHours', v)} />
      <PathNumber path={`${path}.externalBatteryHours`} label={m('device.external')} value={device.externalBatteryHours}
        onValue={(v) => set('externalBatteryHours', v)} />
      <PathNumber path={`${path}.spareBatteries`} label={m('device.spares')} step={1} value={device.spareBatteries}
        onValue={(v) => set('spareBatteries', v)} />
      <SpareDates path={path} device={device} onChange={onChange} />
      {/* A concentrator's backup in a power cut is the cylinders at home, not a battery. */}
      {(device.type === 'oxygen-concentrator' || device.cylinderHours > 0) && (
        <PathNumber path={`${path}.cylinderHours`} label={m('device.cylinder')} value={device.cylinderHours ?? 0}
          onValue={(v) => set('cylinderHours', v)} />
      )}
      <div>
        <PathCheckbox path={`${path}.needsPower`} label={m('device.needsPower')} checked={device.needsPower} onValue={(v) => set('needsPower', v)} />
        <p class="muted" data-testid={`${path}-power`}>{describeDevicePower(device)}</p>
      </div>
    </>
  );
}
