import { DESTINATIONS, type EvacuationPlan, type PersonContact } from '../../../../schema/case.ts';
import { EditSection } from '../edit-section.tsx';
import { PathSelect, PathText, PathTextArea } from '../inputs.tsx';
import { ListEditor } from '../list-editor.tsx';
import { m } from '../messages.ts';
import { PersonFields } from './family-section.tsx';
import type { RecordProps } from './record-props.ts';
import { tRecord } from '../../record-messages.ts';

const NEW_PLAN: EvacuationPlan = {
  helpers: [], transport: '', destination: 'home', destinationName: '', route: '', carry: '', reviewedAt: null,
};

function PlanFields({ plan, onChange }: { plan: EvacuationPlan; onChange: (plan: EvacuationPlan) => void }) {
  const set = <K extends keyof EvacuationPlan>(key: K, value: EvacuationPlan[K]) => onChange({ ...plan, [key]: value });
  return (
    <>
      <ListEditor legend={m('evac.helpers')} itemLabel={m('evac.helper')} addLabel={m('evac.helpersAdd')} items={plan.helpers} isOrdered
        makeItem={(): PersonContact => ({ name: '', relation: '', phone: '' })} onChange={(helpers) => set('helpers', helpers)}>
        {(person, i, update) => <PersonFields path={`evacuationPlan.helpers.${i}`} person={person} onChange={update} />}
      </ListEditor>
      <div class="form-grid">
        <PathSelect path="evacuationPlan.destination" label={m('evac.destination')} value={plan.destination}
          options={DESTINATIONS.map((d) => ({ value: d, label: tRecord(`dest.${d}`) }))}
          onValue={(v) => set('destination', v as EvacuationPlan['destination'])} />
        <PathText path="evacuationPlan.destinationName" label={m('evac.destinationName')} value={plan.destinationName}
          onValue={(v) => set('destinationName', v)} />
        <PathText path="evacuationPlan.transport" label={m('evac.transport')} value={plan.transport} onValue={(v) => set('transport', v)} />
        <PathText path="evacuationPlan.reviewedAt" label={m('evac.reviewed')} type="date" hint={m('evac.reviewedHint')}
          value={plan.reviewedAt ?? ''} onValue={(v) => set('reviewedAt', v || null)} />
      </div>
      <PathTextArea path="evacuationPlan.route" label={m('evac.route')} value={plan.route} onValue={(v) => set('route', v)} />
      <PathTextArea path="evacuationPlan.carry" label={m('evac.carry')} value={plan.carry} onValue={(v) => set('carry', v)} />
    </>
  );
}

/** 個別避難計画: helpers, destination, transport, route, what to carry, and the yearly review date. */
export function EvacuationEditSection({ record, onField }: RecordProps) {
  const plan = record.evacuationPlan;
  function handleRemove() {
    if (window.confirm(m('evac.removeConfirm'))) onField('evacuationPlan', null);
  }
  return (
    <EditSection title={m('section.evacuation')} fields={['evacuationPlan']} testId="section-evacuation">
      {plan ? (
        <>
          <PlanFields plan={plan} onChange={(next) => onField('evacuationPlan', next)} />
          <button type="button" class="button button--small" onClick={handleRemove}>{m('evac.remove')}</button>
        </>
      ) : (
        <button type="button" class="button" onClick={() => onField('evacuationPlan', NEW_PLAN)}>{m('evac.create')}</button>
      )}
    </EditSection>
  );
}
