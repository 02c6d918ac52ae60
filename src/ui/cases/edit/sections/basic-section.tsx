import { formatWareki } from '../../../../domain/dates.ts';
import { LIVING_SITUATIONS, SEXES } from '../../../../schema/case.ts';
import { getLanguage, t } from '../../../i18n/i18n.ts';
import { tRecord } from '../../record-messages.ts';
import { FORM_FIELDS, type FormField, type FormValues } from '../case-form-values.ts';
import { EditSection } from '../edit-section.tsx';
import { SelectField, TextField } from '../form-field.tsx';
import { m } from '../messages.ts';
import { MunicipalitySelect } from '../municipality-select.tsx';

const isIsoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

type Props = { values: FormValues; errors: Record<string, string>; onValue: (field: FormField, value: string) => void };

/** Name, kana, birth date (西暦 entry, 和暦 shown), sex, municipality, address, phone, living situation, school, MEIS. */
export function BasicSection({ values, errors, onValue }: Props) {
  const field = (name: FormField) => ({ id: name, value: values[name], error: errors[name], onValue: (v: string) => onValue(name, v) });
  return (
    <EditSection title={m('section.basic')} fields={FORM_FIELDS} isOpen testId="section-basic">
      <div class="form-grid">
        <TextField {...field('name')} label={tRecord('edit.name')} autocomplete="off" />
        <TextField {...field('nameKana')} label={tRecord('edit.kana')} autocomplete="off" />
        <TextField {...field('birthDate')} label={tRecord('edit.birthDate')} type="date"
          hint={isIsoDate(values.birthDate) && getLanguage() === 'ja' ? <span data-testid="wareki">{formatWareki(values.birthDate)}</span> : undefined} />
        <SelectField {...field('sex')} label={tRecord('edit.sex')} options={SEXES.map((s) => ({ value: s, label: tRecord(`sex.${s}`) }))} />
        <MunicipalitySelect value={values.municipalityCode} error={errors.municipalityCode} onValue={(v) => onValue('municipalityCode', v)} />
        <TextField {...field('postcode')} label={tRecord('edit.postcode')} autocomplete="postal-code" />
        <TextField {...field('address')} label={tRecord('edit.address')} autocomplete="off" />
        <TextField {...field('phone')} label={tRecord('edit.phone')} type="tel" autocomplete="off" />
        <SelectField {...field('livingSituation')} label={tRecord('edit.living')}
          options={LIVING_SITUATIONS.map((s) => ({ value: s, label: t(`living.${s}`) }))} />
        <TextField {...field('school')} label={tRecord('edit.school')} autocomplete="off" />
        <TextField {...field('meisId')} label={m('meis')} autocomplete="off" hint={m('meis.hint')} />
      </div>
      <div class={errors.notes ? 'field field--invalid' : 'field'}>
        <label for="notes">{tRecord('edit.notes')}</label>
        <textarea id="notes" name="notes" rows={5} value={values.notes} onInput={(e) => onValue('notes', e.currentTarget.value)}
          aria-invalid={errors.notes ? true : undefined} aria-describedby={errors.notes ? 'notes-error' : undefined} />
        {errors.notes && <p id="notes-error" class="error" data-testid="error-notes">{errors.notes}</p>}
      </div>
    </EditSection>
  );
}
