import { useState } from 'preact/hooks';
import { ValidationError } from '../../../db/write-record.ts';
import { hasJapanese } from '../../../domain/japanese-text.ts';
import { VISIT_KINDS } from '../../../schema/visit.ts';
import { failureText } from '../../i18n/failure-text.ts';
import { v } from './messages.ts';
import type { VisitFormValues } from './visit-form-values.ts';
import { useVisitDraft } from './use-visit-draft.ts';
import { tRecord } from '../record-messages.ts';

type Props = {
  idPrefix: string;
  initial: VisitFormValues;
  isCorrection?: boolean;
  submitLabel: string;
  onSubmit: (values: VisitFormValues) => Promise<void>;
  onCancel?: () => void;
  /** Where a note being written is kept on the device until it is saved or given up. */
  draftKey?: string;
};

/** A visit note: kind, when, who, what was discussed, needs found and follow-ups with due dates. */
export function VisitForm({ idPrefix, initial, isCorrection = false, submitLabel, onSubmit, onCancel, draftKey }: Props) {
  const [values, setValues] = useState(initial);
  const draft = useVisitDraft(draftKey ?? null, values, setValues);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof VisitFormValues>(key: K, value: VisitFormValues[K]) => setValues({ ...values, [key]: value });
  const id = (name: string) => `${idPrefix}-${name}`;
  const invalid = (name: string) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': id(`${name}-error`) } : {});
  const message = (name: string) => errors[name] && <p id={id(`${name}-error`)} class="error" role="alert">{errors[name]}</p>;
  const setFollowUp = (index: number, patch: Partial<VisitFormValues['followUps'][number]>) =>
    set('followUps', values.followUps.map((f, i) => (i === index ? { ...f, ...patch } : f)));

  async function handleSubmit(event: Event) {
    event.preventDefault();
    draft.pause();
    try {
      await onSubmit(values);
      setErrors({});
      await draft.clear();
    } catch (caught) {
      draft.resume();
      // Not the input's fault (storage full, say): said at the button; what was typed stays, and so does its draft.
      if (!(caught instanceof ValidationError)) return setErrors({ form: failureText(caught) });
      const byField: Record<string, string> = {};
      for (const e of caught.errors) byField[e.field.split('.')[0] ?? e.field] ??= hasJapanese(e.message) ? e.message : tRecord('edit.invalid');
      setErrors(byField);
    }
  }

  return (
    <form class="form visit-form" onSubmit={handleSubmit} data-testid={`${idPrefix}-form`}>
      <div class="form-grid">
        <div class="field">
          <label for={id('kind')}>{v('visit.kind')}</label>
          <select id={id('kind')} value={values.kind} onChange={(e) => set('kind', e.currentTarget.value as VisitFormValues['kind'])}>
            {VISIT_KINDS.map((kind) => <option key={kind} value={kind}>{v(`kind.${kind}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for={id('at')}>{v('visit.at')}</label>
          <input id={id('at')} type="datetime-local" value={values.localAt} onInput={(e) => set('localAt', e.currentTarget.value)} {...invalid('at')} />
          {message('at')}
        </div>
        <div class="field">
          <label for={id('participants')}>{v('visit.participants')}</label>
          <input id={id('participants')} value={values.participants} onInput={(e) => set('participants', e.currentTarget.value)} />
        </div>
      </div>
      <div class="field">
        <label for={id('note')}>{tRecord('visits.note')}</label>
        <textarea id={id('note')} rows={4} value={values.note} onInput={(e) => set('note', e.currentTarget.value)} {...invalid('note')} />
        {message('note')}
      </div>
      <div class="field">
        <label for={id('needs')}>{v('visit.needs')}</label>
        <textarea id={id('needs')} rows={2} value={values.needs} aria-describedby={id('needs-hint')} onInput={(e) => set('needs', e.currentTarget.value)} />
        <p id={id('needs-hint')} class="field__hint">{v('visit.needsHint')}</p>
      </div>
      <fieldset>
        <legend>{v('visit.followUps')}</legend>
        {values.followUps.map((followUp, i) => (
          <div class="inline-field" key={followUp.id}>
            <div class="field">
              <label for={id(`fu-${i}-text`)}>{v('visit.followUpText')} {i + 1}</label>
              <input id={id(`fu-${i}-text`)} value={followUp.text} onInput={(e) => setFollowUp(i, { text: e.currentTarget.value })} />
            </div>
            <div class="field">
              <label for={id(`fu-${i}-due`)}>{v('visit.followUpDue')} {i + 1}</label>
              <input id={id(`fu-${i}-due`)} type="date" value={followUp.dueOn ?? ''} onInput={(e) => setFollowUp(i, { dueOn: e.currentTarget.value || null })} />
            </div>
            <button type="button" class="button button--small" onClick={() => set('followUps', values.followUps.filter((_, j) => j !== i))}>
              {v('visit.followUpRemove')}
            </button>
          </div>
        ))}
        {message('followUps')}
        <button type="button" class="button button--small"
          onClick={() => set('followUps', [...values.followUps, { id: crypto.randomUUID(), text: '', dueOn: null, doneOn: null }])}>
          {v('visit.followUpAdd')}
        </button>
      </fieldset>
      {isCorrection && (
        <div class="field">
          <label for={id('reason')}>{v('visit.reason')}</label>
          <input id={id('reason')} value={values.correctionReason} onInput={(e) => set('correctionReason', e.currentTarget.value)} />
        </div>
      )}
      {errors['form'] && <p class="error" role="alert" data-testid={`${idPrefix}-failure`}>{errors['form']}</p>}
      <div class="actions">
        <button type="submit" class="button button--primary">{submitLabel}</button>
        {onCancel && <button type="button" class="button" onClick={() => void draft.clear().then(onCancel)}>{v('visit.cancel')}</button>}
      </div>
    </form>
  );
}
