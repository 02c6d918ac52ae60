import { formatWareki } from '../../domain/dates.ts';
import { LIVING_SITUATIONS, SEXES } from '../../schema/case.ts';
import { t } from '../i18n/i18n.ts';
import { caseHref, navigate } from '../router.ts';
import { triggerSync } from '../sync/sync-controller.ts';
import { FORM_FIELDS } from './edit/case-form-values.ts';
import { SelectField, TextField } from './edit/form-field.tsx';
import { MunicipalitySelect } from './edit/municipality-select.tsx';
import { useCaseForm } from './edit/use-case-form.ts';

const isIsoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

function ErrorSummary({ errors }: { errors: Partial<Record<string, string>> }) {
  const messages = Object.entries(errors).filter(([, message]) => message);
  if (messages.length === 0) return null;
  const other = messages.filter(([field]) => !(FORM_FIELDS as readonly string[]).includes(field));
  return (
    <div class="error-summary" role="alert" data-testid="error-summary">
      <p><strong>{t('edit.errors', { n: messages.length })}</strong></p>
      {other.map(([field, message]) => <p key={field}>{message}</p>)}
    </div>
  );
}

/** The case editor (a focused set of fields for now). Nothing typed is lost when validation refuses it. */
export function CaseEdit({ id }: { id: string | null }) {
  const form = useCaseForm(id);
  const { values, errors, setValue } = form;

  async function handleSubmit(event: Event) {
    event.preventDefault();
    const savedId = await form.save();
    if (!savedId) return;
    triggerSync();
    navigate(caseHref(savedId));
  }

  function handleCancel() {
    if (id) navigate(caseHref(id));
    else navigate('#/');
  }

  if (form.record === undefined) return <p role="status">{t('common.loading')}</p>;
  if (id && form.record === null) return <p>{t('case.notFound')} <a href="#/">{t('case.back')}</a></p>;
  const field = (name: (typeof FORM_FIELDS)[number]) => ({ id: name, value: values[name], error: errors[name], onValue: (v: string) => setValue(name, v) });

  return (
    <form class="case-edit form" onSubmit={handleSubmit} noValidate aria-labelledby="edit-title">
      <h1 id="edit-title">{form.record ? t('edit.titleEdit', { name: form.record.name }) : t('edit.titleNew')}</h1>
      <ErrorSummary errors={errors} />
      <div class="form-grid">
        <TextField {...field('name')} label={t('edit.name')} autocomplete="off" />
        <TextField {...field('nameKana')} label={t('edit.kana')} autocomplete="off" />
        <TextField {...field('birthDate')} label={t('edit.birthDate')} type="date"
          hint={isIsoDate(values.birthDate) ? <span data-testid="wareki">{formatWareki(values.birthDate)}</span> : undefined} />
        <SelectField {...field('sex')} label={t('edit.sex')} options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))} />
        <MunicipalitySelect value={values.municipalityCode} error={errors.municipalityCode} onValue={(v) => setValue('municipalityCode', v)} />
        <TextField {...field('postcode')} label={t('edit.postcode')} autocomplete="postal-code" />
        <TextField {...field('address')} label={t('edit.address')} autocomplete="off" />
        <TextField {...field('phone')} label={t('edit.phone')} type="tel" autocomplete="off" />
        <SelectField {...field('livingSituation')} label={t('edit.living')}
          options={LIVING_SITUATIONS.map((s) => ({ value: s, label: t(`living.${s}`) }))} />
        <TextField {...field('school')} label={t('edit.school')} autocomplete="off" />
      </div>
      <div class="field">
        <label for="notes">{t('edit.notes')}</label>
        <textarea id="notes" name="notes" rows={5} value={values.notes} onInput={(e) => setValue('notes', e.currentTarget.value)}
          aria-invalid={errors.notes ? true : undefined} aria-describedby={errors.notes ? 'notes-error' : undefined} />
        {errors.notes && <p id="notes-error" class="error">{errors.notes}</p>}
      </div>
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={form.isSaving}>
          {form.isSaving ? t('edit.saving') : t('edit.save')}
        </button>
        <button type="button" class="button" onClick={handleCancel}>{t('edit.cancel')}</button>
      </div>
    </form>
  );
}
