import { WEEKDAYS } from '../../schema/resource.ts';
import { navigate } from '../router.ts';
import { triggerSync } from '../sync/sync-controller.ts';
import { CheckboxGroup, Select, TextInput } from './form-controls.tsx';
import { CARE_CHOICES, TYPE_OPTIONS } from './resource-labels.ts';
import { rt } from './resource-messages.ts';
import type { TextFieldName } from './resource-form-values.ts';
import { useResourceForm } from './use-resource-form.ts';
import './resources.css';

const NUMBER_FIELDS = ['ageMin', 'ageMax', 'capacity', 'vacancy'] as const;
const TEXT_FIELDS = ['hours', 'address', 'phone', 'contactName', 'lat', 'lng'] as const;
const LABEL_KEY = { ageMin: 'edit.ageMin', ageMax: 'edit.ageMax', capacity: 'edit.capacity', vacancy: 'edit.vacancy', hours: 'edit.hours',
  address: 'edit.address', phone: 'edit.phone', contactName: 'edit.contact', lat: 'edit.lat', lng: 'edit.lng' } as const;
// Every field an error can name, so the summary says which field as well as what is wrong.
const FIELD_KEY: Record<string, Parameters<typeof rt>[0]> = {
  ...LABEL_KEY, name: 'edit.name', type: 'edit.type', model: 'edit.model', municipalityCode: 'edit.municipality',
  vacancyConfirmedAt: 'edit.confirmedAt', serviceArea: 'edit.areaShort', acceptsCareItems: 'edit.accepts',
  nurseOnlyItems: 'edit.nurseOnly', days: 'edit.days', pickUp: 'edit.pickUp', notes: 'edit.notes',
};

function ErrorSummary({ errors }: { errors: Record<string, string | undefined> }) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" data-testid="error-summary">
      <p>{rt('edit.errors', { n: entries.length })}</p>
      <ul>{entries.map(([field, message]) => <li key={field}>{FIELD_KEY[field] ? rt(FIELD_KEY[field]) : field}: {message}</li>)}</ul>
    </div>
  );
}

/** The resource editor: every field of the directory entry; nothing typed is lost when validation refuses it. */
export function ResourceEdit({ id }: { id: string | null }) {
  const form = useResourceForm(id);
  const { values, errors, setValue } = form;
  const back = id ? `#/resources/${id}` : '#/resources';

  async function handleSubmit(event: Event) {
    event.preventDefault();
    const savedId = await form.save();
    if (!savedId) return;
    triggerSync();
    navigate(`#/resources/${savedId}`);
  }

  if (form.record === undefined) return <p role="status">{rt('list.loading')}</p>;
  if (id && form.record === null) return <p>{rt('view.notFound')} <a href="#/resources">{rt('view.back')}</a></p>;
  const text = (name: TextFieldName) => ({ id: `resource-${name}`, value: values[name], error: errors[name], onValue: (v: string) => setValue(name, v) });

  return (
    <form class="resource-edit form" onSubmit={handleSubmit} noValidate aria-labelledby="resource-edit-title">
      <h1 id="resource-edit-title">{form.record ? rt('edit.titleEdit', { name: form.record.name }) : rt('edit.titleNew')}</h1>
      <ErrorSummary errors={errors} />
      <div class="form-grid">
        <TextInput {...text('name')} label={rt('edit.name')} />
        <Select id="resource-type" label={rt('edit.type')} value={values.type} onValue={(v) => setValue('type', v as typeof values.type)}
          options={TYPE_OPTIONS.map((o) => ({ value: o.value, label: o.label() }))} />
        <Select id="resource-model" label={rt('edit.model')} value={values.model} onValue={(v) => setValue('model', v as typeof values.model)}
          options={[{ value: 'welfare', label: rt('model.welfare') }, { value: 'medical', label: rt('model.medical') }]} />
        <TextInput {...text('municipalityCode')} label={rt('edit.municipality')} hint={rt('edit.municipalityHint')} />
        {NUMBER_FIELDS.map((name) => <TextInput key={name} {...text(name)} type="number" label={rt(LABEL_KEY[name])} />)}
        <TextInput {...text('vacancyConfirmedAt')} type="date" label={rt('edit.confirmedAt')} />
        {TEXT_FIELDS.map((name) => <TextInput key={name} {...text(name)} label={rt(LABEL_KEY[name])} />)}
      </div>
      <TextInput {...text('serviceArea')} label={rt('edit.area')} />
      <CheckboxGroup legend={rt('edit.accepts')} name="accepts" options={CARE_CHOICES} selected={values.acceptsCareItems}
        error={errors.acceptsCareItems} onChange={(v) => setValue('acceptsCareItems', v)} />
      <CheckboxGroup legend={rt('edit.nurseOnly')} name="nurse-only" options={CARE_CHOICES.filter((o) => values.acceptsCareItems.includes(o.value))}
        selected={values.nurseOnlyItems} error={errors.nurseOnlyItems} onChange={(v) => setValue('nurseOnlyItems', v)} />
      <CheckboxGroup legend={rt('edit.days')} name="days" options={WEEKDAYS.map((d) => ({ value: d, label: rt(`day.${d}`) }))}
        selected={values.days} onChange={(v) => setValue('days', v)} />
      <label class="check">
        <input type="checkbox" checked={values.pickUp} onChange={(e) => setValue('pickUp', e.currentTarget.checked)} />
        {rt('edit.pickUp')}
      </label>
      <div class="field">
        <label for="resource-notes">{rt('edit.notes')}</label>
        <textarea id="resource-notes" rows={4} value={values.notes} onInput={(e) => setValue('notes', e.currentTarget.value)} />
      </div>
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={form.isSaving || !form.isReady}>
          {form.isSaving ? rt('edit.saving') : rt('edit.save')}
        </button>
        <a class="button" href={back}>{rt('edit.cancel')}</a>
      </div>
    </form>
  );
}
