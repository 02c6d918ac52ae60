import { EditSection } from '../edit-section.tsx';
import { PathLines } from '../inputs.tsx';
import { m } from '../messages.ts';
import type { RecordProps } from './record-props.ts';

export function HealthSection({ record, onField }: RecordProps) {
  const hint = m('lines.hint');
  return (
    <EditSection title={m('section.health')} fields={['diagnoses', 'medications', 'allergies']} testId="section-health">
      <div class="form-grid">
        <PathLines path="diagnoses" label={m('diagnoses')} hint={hint} value={record.diagnoses} onValue={(v) => onField('diagnoses', v)} />
        <PathLines path="medications" label={m('medications')} hint={hint} value={record.medications} onValue={(v) => onField('medications', v)} />
        <PathLines path="allergies" label={m('allergies')} hint={hint} value={record.allergies} onValue={(v) => onField('allergies', v)} />
      </div>
    </EditSection>
  );
}
