import { isElectricityDependent } from '../../../../domain/power.ts';
import { POWER_STEPS, type PowerStep } from '../../../../schema/case-parts.ts';
import { EditSection } from '../edit-section.tsx';
import { PathCheckbox, PathText } from '../inputs.tsx';
import { ListEditor } from '../list-editor.tsx';
import { m } from '../messages.ts';
import { askBeforeDeviceRemove, DeviceFields, newDevice } from './device-fields.tsx';
import type { RecordProps } from './record-props.ts';

/** The fallback chain, always shown in its order; the family's steps are the ticked ones. */
function PowerPlan({ record, onField }: RecordProps) {
  const plan = record.powerPlan;
  const find = (kind: PowerStep['kind']) => plan.find((step) => step.kind === kind);
  const setStep = (kind: PowerStep['kind'], step: PowerStep | null) => {
    const next = POWER_STEPS.flatMap((k) => (k === kind ? (step ? [step] : []) : plan.filter((s) => s.kind === k)));
    onField('powerPlan', next);
  };
  return (
    <fieldset class="power-plan">
      <legend>{m('power.plan')}</legend>
      <ol class="power-plan__steps">
        {POWER_STEPS.map((kind) => {
          const step = find(kind);
          return (
            <li key={kind}>
              <PathCheckbox path={`powerPlan-${kind}`} label={m(`step.${kind}`)} checked={!!step}
                onValue={(isOn) => setStep(kind, isOn ? { kind, note: '' } : null)} />
              {step && (
                <PathText path={`powerPlan.${plan.indexOf(step)}.note`} label={m('power.note', { step: m(`step.${kind}`) })} value={step.note}
                  onValue={(note) => setStep(kind, { ...step, note })} />
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

/** Devices and power; 電源依存 is shown as derived from the devices, never typed. */
export function DevicesSection({ record, onField }: RecordProps) {
  const isDependent = isElectricityDependent(record.devices);
  return (
    <EditSection title={m('section.devices')} fields={['devices', 'powerPlan', 'hasResuscitationBag']} testId="section-devices">
      <p class={isDependent ? 'badge badge--power' : 'badge'} data-testid="edit-power-dependency">
        {m('power.derived', { value: isDependent ? m('power.yes') : m('power.no') })}
      </p>
      <ListEditor legend={m('section.devices')} itemLabel={m('device')} addLabel={m('devices.add')} items={record.devices}
        makeItem={newDevice} onChange={(list) => onField('devices', list)} askBeforeRemove={askBeforeDeviceRemove} removeLabel={m('device.remove')}>
        {(device, i, update) => <DeviceFields path={`devices.${i}`} device={device} onChange={update} />}
      </ListEditor>
      <PowerPlan record={record} onField={onField} />
      <PathCheckbox path="hasResuscitationBag" label={m('bag')} checked={record.hasResuscitationBag}
        onValue={(v) => onField('hasResuscitationBag', v)} />
    </EditSection>
  );
}
