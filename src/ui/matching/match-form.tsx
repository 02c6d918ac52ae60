import { SERVICE_NEED_CODES } from '../../domain/service-needs.ts';
import { WEEKDAYS } from '../../schema/resource.ts';
import { MunicipalitySelect } from '../cases/edit/municipality-select.tsx';
import { CheckboxGroup, TextInput } from '../resources/form-controls.tsx';
import { CARE_CHOICES, serviceNeedLabel } from '../resources/resource-labels.ts';
import { rt } from '../resources/resource-messages.ts';
import { mt } from './match-messages.ts';
import type { MatchForm } from './use-match.ts';

const NEED_CHOICES = SERVICE_NEED_CODES.map((need) => ({ value: need, get label() { return serviceNeedLabel(need); } }));
const DISTANCES = ['', '5', '10', '20', '30'];

export function MatchFormFields({ form, onChange }: { form: MatchForm; onChange: (form: MatchForm) => void }) {
  const set = <K extends keyof MatchForm>(key: K, value: MatchForm[K]) => onChange({ ...form, [key]: value });
  return (
    <form class="match-form card" onSubmit={(e) => e.preventDefault()} aria-label={mt('title')}>
      <CheckboxGroup legend={mt('needs')} name="needs" options={NEED_CHOICES} selected={form.needs} onChange={(v) => set('needs', v)} />
      <CheckboxGroup legend={mt('care')} name="care" options={CARE_CHOICES} selected={form.careItems} onChange={(v) => set('careItems', v)} />
      <MunicipalitySelect value={form.municipalityCode} onValue={(v) => set('municipalityCode', v)} />
      <div class="form-grid">
        <TextInput id="match-age" type="number" label={mt('age')} value={form.age} onValue={(v) => set('age', v)} />
        <div class="field">
          <label for="match-distance">{mt('distance')}</label>
          <select id="match-distance" value={form.maxDistanceKm} onChange={(e) => set('maxDistanceKm', e.currentTarget.value)}>
            {DISTANCES.map((d) => <option key={d} value={d}>{d === '' ? mt('noLimit') : mt('km', { n: d })}</option>)}
          </select>
        </div>
      </div>
      <fieldset class="checks">
        <legend>{mt('limits')}</legend>
        <label class="check">
          <input type="checkbox" checked={form.requireVacancy} onChange={(e) => set('requireVacancy', e.currentTarget.checked)} />{mt('vacancyOnly')}
        </label>
        <label class="check">
          <input type="checkbox" checked={form.includeNeighbours} onChange={(e) => set('includeNeighbours', e.currentTarget.checked)} />{mt('neighbours')}
        </label>
      </fieldset>
      <CheckboxGroup legend={mt('days')} name="match-days" options={WEEKDAYS.map((d) => ({ value: d, label: rt(`day.${d}`) }))}
        selected={form.days} onChange={(v) => set('days', v)} />
    </form>
  );
}
