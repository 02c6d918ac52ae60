import { useState } from 'preact/hooks';
import { AGE_BANDS, isFilterActive, NO_FILTER, type AgeBand, type CaseFilter } from '../../domain/case-filters.ts';
import { CARE_ITEM_LABELS, type CareItemNumber } from '../../schema/care-options.ts';
import { careItemName } from '../format/care-labels.ts';
import { t } from '../i18n/i18n.ts';
import { l } from './list-messages.ts';

const LIVING = ['home', 'hospital', 'facility'] as const;

type Props = { filter: CaseFilter; areas: readonly { code: string; name: string }[]; onChange: (filter: CaseFilter) => void };

function Choice({ id, label, value, options, onValue }: { id: string; label: string; value: string; options: readonly [string, string][]; onValue: (v: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        <option value="">{l('filters.any')}</option>
        {options.map(([code, name]) => <option key={code} value={code}>{name}</option>)}
      </select>
    </div>
  );
}

function Toggle({ id, label, checked, onValue }: { id: string; label: string; checked: boolean; onValue: (v: boolean) => void }) {
  return (
    <div class="filter-toggle">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onValue(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}

/** The list's filters: municipality, care item, age band, living situation, power, review due, consent expiring. */
export function CaseFiltersBar({ filter, areas, onChange }: Props) {
  const set = <K extends keyof CaseFilter>(key: K, value: CaseFilter[K]) => onChange({ ...filter, [key]: value });
  const active = (Object.keys(NO_FILTER) as (keyof CaseFilter)[]).filter((key) => filter[key] !== NO_FILTER[key]).length;
  // Open with filters in force; then the person's: clearing the last filter must not fold the panel under them.
  const [isOpen, setOpen] = useState(active > 0);
  return (
    <details class="filters" open={isOpen} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="case-filters">
      <summary>{active > 0 ? l('filters.active', { n: active }) : l('filters')}</summary>
      <div class="filters__grid">
        <Choice id="filter-area" label={l('filters.area')} value={filter.municipalityCode}
          options={areas.map((a) => [a.code, a.name])} onValue={(v) => set('municipalityCode', v)} />
        <Choice id="filter-care" label={l('filters.care')} value={filter.careItem === null ? '' : String(filter.careItem)}
          options={Object.keys(CARE_ITEM_LABELS).map((item) => [item, careItemName(Number(item) as CareItemNumber)])} onValue={(v) => set('careItem', v ? (Number(v) as CareItemNumber) : null)} />
        <Choice id="filter-age" label={l('filters.age')} value={filter.ageBand}
          options={(Object.keys(AGE_BANDS) as AgeBand[]).map((band) => [band, l(`age.${band}`)])} onValue={(v) => set('ageBand', v as AgeBand | '')} />
        <Choice id="filter-living" label={l('filters.living')} value={filter.livingSituation}
          options={LIVING.map((s) => [s, t(`living.${s}`)])} onValue={(v) => set('livingSituation', v)} />
      </div>
      <div class="filters__toggles">
        <Toggle id="filter-power" label={l('filters.power')} checked={filter.isElectricityDependent} onValue={(v) => set('isElectricityDependent', v)} />
        <Toggle id="filter-review" label={l('filters.review')} checked={filter.isReviewDue} onValue={(v) => set('isReviewDue', v)} />
        <Toggle id="filter-consent" label={l('filters.consent')} checked={filter.isConsentExpiring} onValue={(v) => set('isConsentExpiring', v)} />
        {isFilterActive(filter) && <button type="button" class="button button--small" onClick={() => onChange(NO_FILTER)}>{l('filters.clear')}</button>}
      </div>
    </details>
  );
}
